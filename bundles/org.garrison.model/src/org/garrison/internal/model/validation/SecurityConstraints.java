package org.garrison.internal.model.validation;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
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
        if (plan.getInterval() <= 0) {
            return Problems.error(plan, Literals.MAINTENANCE_PLAN__INTERVAL, diagnostics, context, "count.notPositive", plan.getInterval()); //$NON-NLS-1$
        }
        return true;
    }

    /** Annual inspection and insurance are a vehicle's: other assets have neither. */
    public static boolean vehicleDatesOnlyForVehicles(Asset asset, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (asset.getCategory() == AssetCategory.VEHICLE) {
            return true;
        }
        boolean valid = true;
        if (asset.getInspectionDue() != null) {
            valid = Problems.error(asset, Literals.ASSET__INSPECTION_DUE, diagnostics, context, "asset.vehicleOnly", asset.getCategory()); //$NON-NLS-1$
        }
        if (asset.getInsuranceDue() != null) {
            valid &= Problems.error(asset, Literals.ASSET__INSURANCE_DUE, diagnostics, context, "asset.vehicleOnly", asset.getCategory()); //$NON-NLS-1$
        }
        return valid;
    }

    public static boolean costNotNegative(MaintenanceRecord record, DiagnosticChain diagnostics, Map<Object, Object> context) {
        BigDecimal cost = record.getCost();
        if (cost != null && cost.signum() < 0) {
            return Problems.error(record, Literals.MAINTENANCE_RECORD__COST, diagnostics, context, "count.negative", cost); //$NON-NLS-1$
        }
        return true;
    }

    /** A record follows a plan of its own asset: the asset's plan, or the plan of the asset's category. */
    public static boolean planOfTheAsset(MaintenanceRecord record, DiagnosticChain diagnostics, Map<Object, Object> context) {
        MaintenancePlan plan = record.getPlan();
        Asset asset = record.getAsset();
        if (plan == null || asset == null || plan.covers(asset)) {
            return true;
        }
        return Problems.error(record, Literals.MAINTENANCE_RECORD__PLAN, diagnostics, context, "record.planOfOtherAsset", plan.getDescription(), //$NON-NLS-1$
                asset.getName());
    }

    /** A failed checklist item says what was found. */
    public static boolean failureExplained(CheckResult result, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (result.getOutcome() == CheckOutcome.FAIL && (result.getNote() == null || result.getNote().isBlank())) {
            return Problems.error(result, Literals.CHECK_RESULT__NOTE, diagnostics, context, "check.failureUnexplained", result.getItem()); //$NON-NLS-1$
        }
        return true;
    }

    /**
     * 待整改 → 整改中 → 已整改 → 已验收: rectified with its date and by whom, accepted only after it, on a
     * date of its own and by someone other than the person who rectified it.
     */
    public static boolean closedOnlyAfterRectification(Hazard hazard, DiagnosticChain diagnostics, Map<Object, Object> context) {
        HazardState state = hazard.getState();
        boolean closed = state == HazardState.RECTIFIED || state == HazardState.ACCEPTED;
        boolean accepted = state == HazardState.ACCEPTED;
        boolean valid = Problems.requiredInState(hazard, Literals.HAZARD__RECTIFIED_ON, closed, state, diagnostics, context)
                & Problems.requiredInState(hazard, Literals.HAZARD__RECTIFIED_BY, closed, state, diagnostics, context)
                & Problems.requiredInState(hazard, Literals.HAZARD__ACCEPTED_ON, accepted, state, diagnostics, context)
                & Problems.requiredInState(hazard, Literals.HAZARD__ACCEPTED_BY, accepted, state, diagnostics, context)
                & Problems.datesInOrder(hazard, Literals.HAZARD__FOUND_ON, Literals.HAZARD__RECTIFIED_ON, diagnostics, context)
                & Problems.datesInOrder(hazard, Literals.HAZARD__RECTIFIED_ON, Literals.HAZARD__ACCEPTED_ON, diagnostics, context);
        if (hazard.getAcceptedBy() != null && hazard.getAcceptedBy() == hazard.getRectifiedBy()) {
            valid &= Problems.error(hazard, Literals.HAZARD__ACCEPTED_BY, diagnostics, context, "hazard.acceptedByRectifier", //$NON-NLS-1$
                    hazard.getAcceptedBy().getName());
        }
        return valid;
    }
}
