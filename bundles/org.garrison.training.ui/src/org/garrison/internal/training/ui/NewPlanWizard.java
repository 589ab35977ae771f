package org.garrison.internal.training.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.training.TrainingPackage;
import org.garrison.model.training.TrainingPlan;
import org.garrison.ui.editor.NewRecordWizard;

/** New annual training plan of this year (a plan copied from last year's is made in the plan editor). */
public class NewPlanWizard extends NewRecordWizard {

    public NewPlanWizard() {
        super(TrainingPackage.Literals.TRAINING_LEDGER__PLANS);
    }

    @Override
    protected void prepare(EObject record) {
        TrainingPlan plan = (TrainingPlan) record;
        plan.setYear(TrainingUi.today().getYear());
        plan.setTitle(NLS.bind(Messages.Plan_defaultTitle, plan.getYear()));
    }
}
