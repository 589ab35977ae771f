package org.garrison.internal.security;

import java.time.LocalDate;

import org.garrison.model.security.Asset;
import org.garrison.model.security.MaintenancePlan;

/** A plan's next maintenance of one asset: the last time it was done (null: never) and the day it is due, computed from that. */
public record MaintenanceDue(Asset asset, MaintenancePlan plan, LocalDate last, LocalDate due) {

    public DueWindow window(LocalDate today) {
        return DueWindow.of(due, today);
    }

    /** Days past the due day (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return due.isBefore(today) ? java.time.temporal.ChronoUnit.DAYS.between(due, today) : 0;
    }
}
