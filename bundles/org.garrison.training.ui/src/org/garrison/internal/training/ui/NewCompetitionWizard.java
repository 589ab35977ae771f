package org.garrison.internal.training.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.training.Competition;
import org.garrison.model.training.CompetitionLevel;
import org.garrison.model.training.TrainingPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New competition (比武) of the district's level, today. */
public class NewCompetitionWizard extends NewRecordWizard {

    public NewCompetitionWizard() {
        super(TrainingPackage.Literals.TRAINING_LEDGER__COMPETITIONS);
    }

    @Override
    protected void prepare(EObject record) {
        ((Competition) record).setLevel(CompetitionLevel.DISTRICT);
        ((Competition) record).setDate(TrainingUi.today());
    }
}
