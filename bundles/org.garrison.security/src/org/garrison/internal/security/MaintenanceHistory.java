package org.garrison.internal.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.model.security.Asset;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;

/**
 * Whether each maintenance was done on time: the day it was due follows from the record before it
 * under the same plan for the same asset (or the plan's first due day), and a record on or before
 * that day is on time.
 */
public final class MaintenanceHistory {

    /** A record and the day it was due. */
    public record Done(MaintenanceRecord record, LocalDate due) {
        public boolean onTime() {
            return due == null || !record.getDate().isAfter(due);
        }
    }

    private MaintenanceHistory() {
    }

    /** Every dated record with its due day, in the order of the records' days. */
    public static List<Done> of(List<MaintenanceRecord> records) {
        Map<List<Object>, List<MaintenanceRecord>> byAssetAndPlan = new HashMap<>();
        for (MaintenanceRecord record : records) {
            if (record.getDate() != null && record.getAsset() != null) {
                byAssetAndPlan.computeIfAbsent(java.util.Arrays.asList(record.getAsset(), record.getPlan()), key -> new ArrayList<>()).add(record);
            }
        }
        List<Done> done = new ArrayList<>();
        for (List<MaintenanceRecord> series : byAssetAndPlan.values()) {
            series.sort(Comparator.comparing(MaintenanceRecord::getDate));
            LocalDate previous = null;
            for (MaintenanceRecord record : series) {
                MaintenancePlan plan = record.getPlan();
                Asset asset = record.getAsset();
                LocalDate due = plan == null ? null : previous == null ? plan.firstDueFor(asset) : plan.dueAfter(previous);
                done.add(new Done(record, due));
                previous = record.getDate();
            }
        }
        done.sort(Comparator.comparing(each -> each.record().getDate()));
        return done;
    }
}
