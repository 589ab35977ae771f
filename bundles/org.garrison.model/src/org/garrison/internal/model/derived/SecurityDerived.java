package org.garrison.internal.model.derived;

import java.time.LocalDate;

import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;

/** Values of the security area computed from the records. */
public final class SecurityDerived {

    private SecurityDerived() {
    }

    /** The start date until the plan is first carried out; then the last record's date plus the interval. */
    public static LocalDate nextDue(MaintenancePlan plan) {
        if (plan.getStartDate() == null) {
            return null;
        }
        LocalDate last = null;
        if (plan.getAsset() != null) {
            for (MaintenanceRecord record : plan.getAsset().getRecords()) {
                if (record.getPlan() == plan && record.getDate() != null && (last == null || record.getDate().isAfter(last))) {
                    last = record.getDate();
                }
            }
        }
        return last == null ? plan.getStartDate() : last.plusDays(Math.max(1, plan.getIntervalDays()));
    }

    /** Not yet rectified and past its deadline on the date. */
    public static boolean overdue(Hazard hazard, LocalDate date) {
        boolean open = hazard.getState() == HazardState.PENDING || hazard.getState() == HazardState.RECTIFYING;
        return open && hazard.getDeadline() != null && date != null && hazard.getDeadline().isBefore(date);
    }
}
