package org.garrison.internal.security.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.SecurityPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New asset (设施设备), in use from today; its plans are added in its editor (or its category's plan covers it). */
public class NewAssetWizard extends NewRecordWizard {

    public NewAssetWizard() {
        super(SecurityPackage.Literals.SECURITY_LEDGER__ASSETS);
    }

    @Override
    protected void prepare(EObject record) {
        ((Asset) record).setStatus(AssetStatus.IN_USE);
        ((Asset) record).setCommissionedOn(SecurityUi.today());
    }
}
