package org.garrison.internal.training.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.InstructorSelection;
import org.garrison.model.training.TrainingPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New selection (遴选) of district-level instructors, held today. */
public class NewSelectionWizard extends NewRecordWizard {

    public NewSelectionWizard() {
        super(TrainingPackage.Literals.TRAINING_LEDGER__SELECTIONS);
    }

    @Override
    protected void prepare(EObject record) {
        ((InstructorSelection) record).setLevel(InstructorLevel.DISTRICT);
        ((InstructorSelection) record).setDate(TrainingUi.today());
    }
}
