package org.garrison.internal.model.derived;

import java.time.LocalDate;

import org.garrison.model.security.Asset;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenancePlan;

/** Values of the security area computed from the records. */
public final class SecurityDerived {

    private SecurityDerived() {
    }

    /** Not yet rectified and past its deadline on the date. */
    public static boolean overdue(Hazard hazard, LocalDate date) {
        boolean open = hazard.getState() == HazardState.PENDING || hazard.getState() == HazardState.RECTIFYING;
        return open && hazard.getDeadline() != null && date != null && hazard.getDeadline().isBefore(date);
    }

    /** A month after the 12th of May is the 12th of June; a month after the 31st of January the 28th (or 29th) of February. */
    public static LocalDate dueAfter(MaintenancePlan plan, LocalDate day) {
        if (day == null) {
            return null;
        }
        int interval = Math.max(1, plan.getInterval());
        return switch (plan.getIntervalUnit()) {
            case DAY -> day.plusDays(interval);
            case MONTH -> day.plusMonths(interval);
            case QUARTER -> day.plusMonths(3L * interval);
            case YEAR -> day.plusYears(interval);
        };
    }

    public static LocalDate firstDueFor(MaintenancePlan plan, Asset asset) {
        LocalDate start = plan.getStartDate();
        LocalDate commissioned = asset == null ? null : asset.getCommissionedOn();
        return start == null || commissioned != null && commissioned.isAfter(start) ? commissioned : start;
    }

    public static boolean covers(MaintenancePlan plan, Asset asset) {
        return asset != null && (plan.getAsset() == asset || plan.getAsset() == null && plan.getCategory() == asset.getCategory());
    }
}
