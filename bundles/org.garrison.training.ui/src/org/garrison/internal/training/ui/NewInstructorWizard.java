package org.garrison.internal.training.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.TrainingPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New instructor (教练员) of the district's level, certified today. */
public class NewInstructorWizard extends NewRecordWizard {

    public NewInstructorWizard() {
        super(TrainingPackage.Literals.TRAINING_LEDGER__INSTRUCTORS);
    }

    @Override
    protected void prepare(EObject record) {
        ((Instructor) record).setLevel(InstructorLevel.DISTRICT);
        ((Instructor) record).setCertifiedOn(TrainingUi.today());
    }
}
