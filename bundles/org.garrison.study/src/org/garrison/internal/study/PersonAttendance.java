package org.garrison.internal.study;

import org.garrison.model.core.Person;

/** A person's sessions: expected at (present or absent), and present. */
public record PersonAttendance(Person person, int expected, int present) {

    public int absent() {
        return expected - present;
    }

    /** NaN when the person was expected at nothing. */
    public double rate() {
        return expected == 0 ? Double.NaN : (double) present / expected;
    }

    public boolean meetsTarget() {
        return expected > 0 && rate() >= StudySettings.ATTENDANCE_TARGET;
    }
}
