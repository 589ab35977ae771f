package org.garrison.report;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.garrison.model.core.OrgUnit;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;

/**
 * What a figure is computed for: a store session, the report's year, the day it is counted as of,
 * and its scope — the whole district (no scope unit) or one town with the villages, communities and
 * enterprises under it. A record dated after the as-of day has not happened yet: every figure counts
 * from the first day of the year to {@link #lastDay()}, the as-of day within the year.
 */
public final class FigureContext {

    private final StoreSession session;
    private final int year;
    private final LocalDate asOf;
    private final OrgUnit scope;
    private final Set<OrgUnit> scopeUnits;
    private final Map<String, FigureValue> computed = new HashMap<>();

    /** Counted as of the default day: the year's last day once it is over, else today. */
    public FigureContext(StoreSession session, int year, OrgUnit scope) {
        this(session, year, scope, defaultAsOf(year, LocalDate.now()));
    }

    public FigureContext(StoreSession session, int year, OrgUnit scope, LocalDate asOf) {
        this.session = session;
        this.year = year;
        this.asOf = asOf;
        this.scope = scope;
        this.scopeUnits = scope == null ? Set.of() : unitsUnder(scope);
    }

    public StoreSession session() {
        return session;
    }

    public int year() {
        return year;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    /** The last day counted: the year's last day, or the as-of day when that comes first. */
    public LocalDate lastDay() {
        LocalDate end = LocalDate.of(year, 12, 31);
        return asOf.isBefore(end) ? asOf : end;
    }

    /** The day the figures are counted as of. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Whether the year is over by the as-of day (else the report says 截至 the day). */
    public boolean isYearOver() {
        return !asOf.isBefore(LocalDate.of(year, 12, 31));
    }

    /** The year's last day once it is over by {@code today}, else today. */
    public static LocalDate defaultAsOf(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isBefore(end) ? today : end;
    }

    /** The town the report is about, or null for the district. */
    public OrgUnit scope() {
        return scope;
    }

    public boolean isDistrict() {
        return scope == null;
    }

    /** The scope unit and every unit under it; empty for the district. */
    public Set<OrgUnit> scopeUnits() {
        return scopeUnits;
    }

    /** A condition on a path to an organizational unit that keeps the scope's records; null for the district. */
    public Condition scopeCondition(FeaturePath toOrgUnit) {
        return scope == null ? null : Condition.in(toOrgUnit, scopeUnits);
    }

    /** A date within the report's year. */
    public Condition inYear(FeaturePath date) {
        return Condition.all(Condition.compare(date, Condition.Operator.GREATER_OR_EQUAL, firstDay()),
                Condition.compare(date, Condition.Operator.LESS_OR_EQUAL, lastDay()));
    }

    /**
     * The figure's value, computed once per context: a share and the count of targets met reuse
     * the counts they are made of instead of querying again.
     */
    public FigureValue valueOf(Figure figure) throws StoreException {
        FigureValue value = computed.get(figure.id());
        if (value == null) {
            value = figure.compute(this);
            computed.put(figure.id(), value);
        }
        return value;
    }

    private static Set<OrgUnit> unitsUnder(OrgUnit top) {
        Set<OrgUnit> units = new LinkedHashSet<>();
        Deque<OrgUnit> open = new ArrayDeque<>();
        open.add(top);
        while (!open.isEmpty()) {
            OrgUnit unit = open.poll();
            if (units.add(unit)) {
                open.addAll(unit.getChildren());
            }
        }
        return units;
    }
}
