package org.garrison.internal.security;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Where a due day falls from today: overdue (red), today, this week, this month (amber), later. */
public enum DueWindow {
    OVERDUE, TODAY, THIS_WEEK, THIS_MONTH, LATER;

    public static DueWindow of(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        if (due.equals(today)) {
            return TODAY;
        }
        if (!due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))) {
            return THIS_WEEK;
        }
        if (!due.isAfter(today.with(TemporalAdjusters.lastDayOfMonth()))) {
            return THIS_MONTH;
        }
        return LATER;
    }

    /** Due by the end of this month or already overdue: what the due list shows. */
    public boolean shown() {
        return this != LATER;
    }
}
