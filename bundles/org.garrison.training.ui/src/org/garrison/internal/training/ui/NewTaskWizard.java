package org.garrison.internal.training.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.TrainingPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New emergency task (遂行任务), begun today; the members dispatched are chosen in its editor. */
public class NewTaskWizard extends NewRecordWizard {

    public NewTaskWizard() {
        super(TrainingPackage.Literals.TRAINING_LEDGER__TASKS);
    }

    @Override
    protected void prepare(EObject record) {
        ((EmergencyTask) record).setStartDate(TrainingUi.today());
    }
}
