package org.garrison.internal.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.SecurityPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * The next maintenance of every asset in use under every plan that covers it: the last record's day
 * (the database's MAX per asset and plan) plus the plan's interval, or the plan's first due day when
 * it was never done. Never typed: it follows the records.
 */
public final class MaintenanceDues {

    private static final SecurityPackage S = SecurityPackage.eINSTANCE;

    private MaintenanceDues() {
    }

    /** Every due of the ledger's assets in use, soonest first; the last days counted by the database. */
    public static List<MaintenanceDue> compute(StoreSession session, SecurityLedger ledger) throws StoreException {
        Map<Key, LocalDate> last = new HashMap<>();
        Aggregation latest = Aggregation.of(Query.of(S.getMaintenanceRecord()))
                .groupBy(Aggregation.Grouping.by(FeaturePath.of(S.getMaintenanceRecord_Asset())))
                .groupBy(Aggregation.Grouping.by(FeaturePath.of(S.getMaintenanceRecord_Plan())))
                .max(FeaturePath.of(S.getMaintenanceRecord_Date()));
        for (Aggregation.Row row : session.aggregate(latest)) {
            last.put(new Key(row.keys().get(0), row.keys().get(1)), row.date(0));
        }
        return dues(ledger, last);
    }

    /** The same from records in memory (records not saved yet, the benchmark's baseline). */
    public static List<MaintenanceDue> compute(SecurityLedger ledger, List<MaintenanceRecord> records) {
        Map<Key, LocalDate> last = new HashMap<>();
        for (MaintenanceRecord record : records) {
            if (record.getDate() != null) {
                last.merge(new Key(record.getAsset(), record.getPlan()), record.getDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return dues(ledger, last);
    }

    /** The due of one asset under one plan, given its records. */
    public static MaintenanceDue of(Asset asset, MaintenancePlan plan, List<MaintenanceRecord> records) {
        LocalDate last = records.stream().filter(record -> record.getAsset() == asset && record.getPlan() == plan && record.getDate() != null)
                .map(MaintenanceRecord::getDate).max(Comparator.naturalOrder()).orElse(null);
        return new MaintenanceDue(asset, plan, last, last == null ? plan.firstDueFor(asset) : plan.dueAfter(last));
    }

    private static List<MaintenanceDue> dues(SecurityLedger ledger, Map<Key, LocalDate> last) {
        List<MaintenanceDue> dues = new ArrayList<>();
        for (Asset asset : ledger.getAssets()) {
            if (asset.getStatus() != AssetStatus.IN_USE) {
                continue;
            }
            for (MaintenancePlan plan : SecurityLedgers.plansOf(ledger, asset)) {
                LocalDate done = last.get(new Key(asset, plan));
                LocalDate due = done == null ? plan.firstDueFor(asset) : plan.dueAfter(done);
                if (due != null) {
                    dues.add(new MaintenanceDue(asset, plan, done, due));
                }
            }
        }
        dues.sort(Comparator.comparing(MaintenanceDue::due).thenComparing(due -> due.asset().getCode() == null ? "" : due.asset().getCode())); //$NON-NLS-1$
        return dues;
    }

    /** The dues as they are once the records (recorded, not saved yet) count: an asset's due moves on from its newest record. */
    public static List<MaintenanceDue> withRecords(List<MaintenanceDue> dues, List<MaintenanceRecord> records) {
        if (records.isEmpty()) {
            return dues;
        }
        List<MaintenanceDue> moved = new ArrayList<>();
        for (MaintenanceDue due : dues) {
            LocalDate last = due.last();
            for (MaintenanceRecord record : records) {
                if (record.getAsset() == due.asset() && record.getPlan() == due.plan() && record.getDate() != null
                        && (last == null || record.getDate().isAfter(last))) {
                    last = record.getDate();
                }
            }
            moved.add(last == due.last() ? due : new MaintenanceDue(due.asset(), due.plan(), last, due.plan().dueAfter(last)));
        }
        moved.sort(Comparator.comparing(MaintenanceDue::due));
        return moved;
    }

    /** The dues of the list (to the end of this month, and overdue). */
    public static List<MaintenanceDue> shown(List<MaintenanceDue> dues, LocalDate today) {
        return dues.stream().filter(due -> due.window(today).shown()).toList();
    }

    /** The soonest due of each asset (a register's 下次维护 column). */
    public static Map<Asset, MaintenanceDue> soonestByAsset(List<MaintenanceDue> dues) {
        Map<Asset, MaintenanceDue> soonest = new HashMap<>();
        for (MaintenanceDue due : dues) {
            soonest.merge(due.asset(), due, (a, b) -> b.due().isBefore(a.due()) ? b : a);
        }
        return soonest;
    }

    private record Key(Object asset, Object plan) {
    }
}
