package org.garrison.ui.reminders;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;

/**
 * Something due (待办): which record, what to do, by when, and whether it is overdue or due soon.
 * Opening it opens the record, in the editor its area names for the class.
 */
public record Reminder(long recordId, EClass recordClass, String text, LocalDate due, Severity severity) {

    public enum Severity {
        /** The day has passed: shown in red, counted in the status line. */
        OVERDUE,
        /** Due within the provider's look-ahead: shown in amber. */
        SOON
    }

    /** The reminder of a stored record read in the session; empty for a record not stored (nothing to open). */
    public static java.util.Optional<Reminder> of(org.garrison.store.StoreSession session, org.eclipse.emf.ecore.EObject record, String text,
            LocalDate due, boolean overdue) {
        java.util.OptionalLong id = session.idOf(record);
        return id.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Reminder(id.getAsLong(), record.eClass(), text, due, overdue ? Severity.OVERDUE : Severity.SOON));
    }
}
