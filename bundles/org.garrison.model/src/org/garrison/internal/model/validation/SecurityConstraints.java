package org.garrison.internal.model.validation;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage.Literals;

/** Constraints of the security records; the generated SecurityValidator calls them. */
public final class SecurityConstraints {

    private SecurityConstraints() {
    }

    public static boolean intervalPositive(MaintenancePlan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (plan.getIntervalDays() <= 0) {
            return Problems.error(plan, Literals.MAINTENANCE_PLAN__INTERVAL_DAYS, diagnostics, context, "count.notPositive", plan.getIntervalDays()); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean costNotNegative(MaintenanceRecord record, DiagnosticChain diagnostics, Map<Object, Object> context) {
        BigDecimal cost = record.getCost();
        if (cost != null && cost.signum() < 0) {
            return Problems.error(record, Literals.MAINTENANCE_RECORD__COST, diagnostics, context, "count.negative", cost); //$NON-NLS-1$
        }
        return true;
    }

    /** 待整改 → 整改中 → 已整改 → 已验收: closed only with its rectification date, accepted only after it. */
    public static boolean closedOnlyAfterRectification(Hazard hazard, DiagnosticChain diagnostics, Map<Object, Object> context) {
        HazardState state = hazard.getState();
        boolean closed = state == HazardState.RECTIFIED || state == HazardState.ACCEPTED;
        boolean valid = Problems.dateRequiredInState(hazard, Literals.HAZARD__RECTIFIED_ON, closed, state, diagnostics, context)
                & Problems.dateRequiredInState(hazard, Literals.HAZARD__ACCEPTED_ON, state == HazardState.ACCEPTED, state, diagnostics, context)
                & Problems.datesInOrder(hazard, Literals.HAZARD__FOUND_ON, Literals.HAZARD__RECTIFIED_ON, diagnostics, context)
                & Problems.datesInOrder(hazard, Literals.HAZARD__RECTIFIED_ON, Literals.HAZARD__ACCEPTED_ON, diagnostics, context);
        return valid;
    }
}
