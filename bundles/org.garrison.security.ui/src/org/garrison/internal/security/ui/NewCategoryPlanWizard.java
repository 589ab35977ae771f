package org.garrison.internal.security.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.security.IntervalUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.SecurityPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New plan for every asset of a category (all fire equipment monthly), from today; its checklist is added in its editor. */
public class NewCategoryPlanWizard extends NewRecordWizard {

    public NewCategoryPlanWizard() {
        super(SecurityPackage.Literals.SECURITY_LEDGER__CATEGORY_PLANS);
    }

    @Override
    protected void prepare(EObject record) {
        MaintenancePlan plan = (MaintenancePlan) record;
        plan.setInterval(1);
        plan.setIntervalUnit(IntervalUnit.MONTH);
        plan.setStartDate(SecurityUi.today());
    }
}
