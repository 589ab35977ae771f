package org.garrison.internal.security.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.security.Drill;
import org.garrison.model.security.SecurityPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New drill (演练), held today. */
public class NewDrillWizard extends NewRecordWizard {

    public NewDrillWizard() {
        super(SecurityPackage.Literals.SECURITY_LEDGER__DRILLS);
    }

    @Override
    protected void prepare(EObject record) {
        ((Drill) record).setDate(SecurityUi.today());
    }
}
