package org.garrison.internal.security;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityLedger;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * 安全管理情况 of a year as of a day: maintenance done and the share done on time, maintenance overdue,
 * hazards found, rectified, accepted and overdue by month, the quarterly activities, the drills.
 */
public final class SecurityStatistics {

    /** A month's hazards: found, rectified and accepted in it, and open past their deadline at its end (or on the day, for the current month). */
    public record HazardMonth(YearMonth month, int found, int rectified, int accepted, int overdue) {
    }

    private final int year;
    private final LocalDate asOf;
    private final SecurityLedger ledger;
    private final List<MaintenanceHistory.Done> done;
    private final List<MaintenanceDue> overdue;
    private final ActivityMatrix activities;

    public SecurityStatistics(SecurityLedger ledger, StoreSession session, int year, LocalDate today) throws StoreException {
        this.ledger = ledger;
        this.year = year;
        this.asOf = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        // the year before gives the due day of the year's first records
        List<MaintenanceRecord> records = SecurityLedgers.recordsBetween(session, LocalDate.of(year - 1, 1, 1), asOf);
        this.done = MaintenanceHistory.of(records).stream().filter(each -> each.record().getDate().getYear() == year).toList();
        this.overdue = MaintenanceDues.compute(session, ledger).stream().filter(due -> due.due().isBefore(today)).toList();
        this.activities = new ActivityMatrix(ledger, year, asOf);
    }

    public int year() {
        return year;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The maintenance records of the year by the day, each with the day it was due. */
    public List<MaintenanceHistory.Done> maintenance() {
        return done;
    }

    public int onTime() {
        return (int) done.stream().filter(MaintenanceHistory.Done::onTime).count();
    }

    /** Share of the year's maintenance done on or before its due day (NaN when none was done). */
    public double onTimeShare() {
        return done.isEmpty() ? Double.NaN : (double) onTime() / done.size();
    }

    /** The maintenance overdue today. */
    public List<MaintenanceDue> overdue() {
        return overdue;
    }

    public List<Hazard> hazards() {
        return ledger.getHazards().stream().filter(hazard -> hazard.getFoundOn() != null && hazard.getFoundOn().getYear() == year
                && !hazard.getFoundOn().isAfter(asOf)).toList();
    }

    public int hazardsRectified() {
        return (int) hazards().stream().filter(hazard -> hazard.getRectifiedOn() != null && !hazard.getRectifiedOn().isAfter(asOf)).count();
    }

    public int hazardsAccepted() {
        return (int) hazards().stream().filter(hazard -> hazard.getState() == HazardState.ACCEPTED && hazard.getAcceptedOn() != null
                && !hazard.getAcceptedOn().isAfter(asOf)).count();
    }

    /** Hazards (of any year) open past their deadline on the day. */
    public int hazardsOverdue() {
        return overdueOn(asOf);
    }

    /** The months of the year up to the day's. */
    public List<HazardMonth> hazardMonths() {
        List<HazardMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.of(year, 1); !month.atDay(1).isAfter(asOf); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
            YearMonth current = month;
            months.add(new HazardMonth(month, count(h -> in(h.getFoundOn(), current)), count(h -> in(h.getRectifiedOn(), current)),
                    count(h -> h.getAcceptedBy() != null && in(h.getAcceptedOn(), current)), overdueOn(end)));
            if (month.getMonthValue() == 12) {
                break;
            }
        }
        return months;
    }

    private int overdueOn(LocalDate day) {
        return count(hazard -> hazard.getFoundOn() != null && !hazard.getFoundOn().isAfter(day) && hazard.getDeadline() != null
                && hazard.getDeadline().isBefore(day) && (hazard.getRectifiedOn() == null || hazard.getRectifiedOn().isAfter(day)));
    }

    private int count(java.util.function.Predicate<Hazard> test) {
        return (int) ledger.getHazards().stream().filter(test).count();
    }

    private static boolean in(LocalDate day, YearMonth month) {
        return day != null && YearMonth.from(day).equals(month);
    }

    public ActivityMatrix activities() {
        return activities;
    }

    public int drills() {
        return (int) ledger.getDrills().stream().filter(drill -> drill.getDate() != null && drill.getDate().getYear() == year
                && !drill.getDate().isAfter(asOf)).count();
    }
}
