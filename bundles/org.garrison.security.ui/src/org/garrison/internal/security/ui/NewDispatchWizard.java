package org.garrison.internal.security.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.security.VehicleDispatch;
import org.garrison.model.security.SecurityPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New vehicle trip (派车), today. */
public class NewDispatchWizard extends NewRecordWizard {

    public NewDispatchWizard() {
        super(SecurityPackage.Literals.SECURITY_LEDGER__DISPATCHES);
    }

    @Override
    protected void prepare(EObject record) {
        ((VehicleDispatch) record).setDate(SecurityUi.today());
    }
}
