package org.garrison.internal.study;

/** What became of one occurrence of a study regime, as of a day. */
public enum OccurrenceState {
    /** A session of the regime took place in the occurrence's window. */
    HELD,
    /** The window closed without a session and without an accepted reason. */
    MISSED,
    /** Not held, for a reason the department accepted (a holiday, an emergency task). */
    EXCUSED,
    /** Due now: the window is open and no session has been recorded yet. */
    OPEN,
    /** Still to come. */
    COMING
}
