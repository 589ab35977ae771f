package org.garrison.internal.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.model.security.Asset;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.SecurityPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;

/**
 * Reads the security area: the ledger whole (assets with their own plans, the category plans, hazards,
 * activities, drills, vehicles' trips, linked units — a few thousand records at most), the maintenance
 * records by query (they are many: years of monthly checks of every asset).
 */
public final class SecurityLedgers {

    private static final SecurityPackage S = SecurityPackage.eINSTANCE;

    private SecurityLedgers() {
    }

    /** The security ledger, or null when the database holds none yet. */
    public static SecurityLedger read(StoreSession session) throws StoreException {
        List<SecurityLedger> ledgers = session.loadRoots(S.getSecurityLedger());
        return ledgers.isEmpty() ? null : ledgers.get(0);
    }

    /** The plans that apply to the asset: its own, then its category's. */
    public static List<MaintenancePlan> plansOf(SecurityLedger ledger, Asset asset) {
        List<MaintenancePlan> plans = new ArrayList<>(asset.getPlans());
        ledger.getCategoryPlans().stream().filter(plan -> plan.covers(asset)).forEach(plans::add);
        return plans;
    }

    /** Every plan: the assets' own and the categories'. */
    public static List<MaintenancePlan> allPlans(SecurityLedger ledger) {
        List<MaintenancePlan> plans = new ArrayList<>(ledger.getCategoryPlans());
        ledger.getAssets().forEach(asset -> plans.addAll(asset.getPlans()));
        return plans;
    }

    /** The asset's maintenance history, newest first. */
    public static List<MaintenanceRecord> recordsOf(StoreSession session, Asset asset) throws StoreException {
        if (session.idOf(asset).isEmpty()) {
            return List.of();
        }
        return session.list(Query.of(S.getMaintenanceRecord()).where(Condition.eq(S.getMaintenanceRecord_Asset(), asset))
                .orderBy(S.getMaintenanceRecord_Date(), false));
    }

    /** The maintenance records dated from one day to another, by date. */
    public static List<MaintenanceRecord> recordsBetween(StoreSession session, LocalDate from, LocalDate to) throws StoreException {
        return session.list(Query.of(S.getMaintenanceRecord()).where(Condition.between(S.getMaintenanceRecord_Date(), from, to))
                .orderBy(S.getMaintenanceRecord_Date(), true));
    }
}
