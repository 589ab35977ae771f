package org.garrison.internal.security.ui;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New quarterly safety activity, held today (or of the kind and day the matrix's cell gives). */
public class NewActivityWizard extends NewRecordWizard {

    private final SafetyActivityKind kind;
    private final LocalDate date;

    public NewActivityWizard() {
        this(null, null);
    }

    NewActivityWizard(SafetyActivityKind kind, LocalDate date) {
        super(SecurityPackage.Literals.SECURITY_LEDGER__ACTIVITIES);
        this.kind = kind;
        this.date = date;
    }

    @Override
    protected void prepare(EObject record) {
        SafetyActivity activity = (SafetyActivity) record;
        activity.setDate(date == null ? SecurityUi.today() : date);
        if (kind != null) {
            activity.setKind(kind);
        }
    }
}
