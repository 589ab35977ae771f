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
}
