package org.garrison.internal.security;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityLedger;

/**
 * The year's quarterly safety activities (安全教育、形势分析、安全检查、安全训练 × four quarters): a cell is
 * held (green) once an activity of its kind is dated in its quarter, missing (red) when its quarter has
 * passed without one, open (amber) in the current quarter until held, ahead in a quarter to come.
 */
public final class ActivityMatrix {

    public enum CellState {
        HELD, MISSING, OPEN, AHEAD
    }

    public record Cell(SafetyActivityKind kind, int quarter, List<SafetyActivity> activities, CellState state) {
    }

    private final int year;
    private final LocalDate today;
    private final SecurityLedger ledger;

    public ActivityMatrix(SecurityLedger ledger, int year, LocalDate today) {
        this.ledger = ledger;
        this.year = year;
        this.today = today;
    }

    public int year() {
        return year;
    }

    public Cell cell(SafetyActivityKind kind, int quarter) {
        List<SafetyActivity> held = ledger.getActivities().stream().filter(activity -> activity.getKind() == kind && activity.getDate() != null
                && activity.getDate().getYear() == year && activity.getQuarter() == quarter && !activity.getDate().isAfter(today))
                .sorted(Comparator.comparing(SafetyActivity::getDate)).toList();
        return new Cell(kind, quarter, held, held.isEmpty() ? emptyState(quarter) : CellState.HELD);
    }

    private CellState emptyState(int quarter) {
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        if (today.isAfter(last)) {
            return CellState.MISSING;
        }
        return today.isBefore(first) ? CellState.AHEAD : CellState.OPEN;
    }

    /** The kinds not yet held in the quarter of today (empty outside the year). */
    public List<SafetyActivityKind> openThisQuarter() {
        if (today.getYear() != year) {
            return List.of();
        }
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        return SafetyActivityKind.VALUES.stream().filter(kind -> cell(kind, quarter).state() == CellState.OPEN).toList();
    }

    /** Cells held in the year. */
    public int held() {
        int held = 0;
        for (SafetyActivityKind kind : SafetyActivityKind.VALUES) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                held += cell(kind, quarter).state() == CellState.HELD ? 1 : 0;
            }
        }
        return held;
    }

    /** Cells of quarters passed without their activity. */
    public int missing() {
        int missing = 0;
        for (SafetyActivityKind kind : SafetyActivityKind.VALUES) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                missing += cell(kind, quarter).state() == CellState.MISSING ? 1 : 0;
            }
        }
        return missing;
    }
}
