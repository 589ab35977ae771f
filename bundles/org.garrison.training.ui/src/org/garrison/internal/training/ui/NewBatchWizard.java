package org.garrison.internal.training.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New training batch (训练批次): integrated core militia training of five days from a week ahead; the batch editor follows. */
public class NewBatchWizard extends NewRecordWizard {

    public NewBatchWizard() {
        super(TrainingPackage.Literals.TRAINING_LEDGER__BATCHES);
    }

    @Override
    protected void prepare(EObject record) {
        TrainingBatch batch = (TrainingBatch) record;
        batch.setKind(TrainingKind.INTEGRATED_CORE);
        batch.setStartDate(TrainingUi.today().plusDays(7));
        batch.setEndDate(TrainingUi.today().plusDays(11));
        batch.setPlace(Messages.Batch_defaultPlace);
    }
}
