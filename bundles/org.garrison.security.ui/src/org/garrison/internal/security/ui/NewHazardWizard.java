package org.garrison.internal.security.ui;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.security.SecuritySettings;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.SecurityPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New hazard (隐患) found today, 待整改, due for rectification after the preferences' days. */
public class NewHazardWizard extends NewRecordWizard {

    public NewHazardWizard() {
        super(SecurityPackage.Literals.SECURITY_LEDGER__HAZARDS);
    }

    @Override
    protected void prepare(EObject record) {
        Hazard hazard = (Hazard) record;
        hazard.setFoundOn(SecurityUi.today());
        hazard.setState(HazardState.PENDING);
        hazard.setDeadline(SecurityUi.today().plusDays(SecuritySettings.deadlineDays()));
    }
}
