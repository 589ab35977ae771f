package org.garrison.internal.security.ui;

import org.garrison.model.security.SecurityPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New linked unit (挂钩单位) whose work safety the office supervises, inspected every six months by default. */
public class NewLinkedUnitWizard extends NewRecordWizard {

    public NewLinkedUnitWizard() {
        super(SecurityPackage.Literals.SECURITY_LEDGER__LINKED_UNITS);
    }
}
