package org.garrison.internal.mobilization.ui.standardization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MobilizationPackage.Literals;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Aggregation.Grouping;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Condition.Operator;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * The "达标清零" bulletin: per town, how many standardization items its offices have, how many are
 * met, being rectified or not started, and how many are past their deadline without being met —
 * counted by the database, not by loading the items.
 */
public final class StandardizationBulletin {

    /** One town's line of the bulletin. */
    public record Line(String town, long items, long met, long rectifying, long open, long overdue) {

        /** The share of items met, or NaN without items. */
        public double metShare() {
            return items == 0 ? Double.NaN : (double) met / items;
        }

        Line plus(ItemStatus status, long count) {
            return new Line(town, items + count, met + (status == ItemStatus.MET ? count : 0), rectifying + (status == ItemStatus.RECTIFYING ? count : 0),
                    open + (status == ItemStatus.OPEN ? count : 0), overdue);
        }

        Line overdue(long count) {
            return new Line(town, items, met, rectifying, open, overdue + count);
        }
    }

    private StandardizationBulletin() {
    }

    /** The lines of every town with items, in Chinese dictionary order of the towns, then the district's total. */
    public static List<Line> compute(StoreSession session, LocalDate today, String totalName) throws StoreException {
        session.loadRoots(CorePackage.Literals.DISTRICT);
        FeaturePath orgUnit = FeaturePath.of(Literals.STANDARDIZATION_ITEM__ORG_UNIT);
        FeaturePath status = FeaturePath.of(Literals.STANDARDIZATION_ITEM__STATUS);
        Map<String, Line> towns = new TreeMap<>(java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE));
        for (Aggregation.Row row : session.aggregate(Aggregation.of(Query.of(Literals.STANDARDIZATION_ITEM))
                .groupBy(Grouping.by(orgUnit)).groupBy(Grouping.by(status)).count())) {
            String town = townOf(row.keys().get(0));
            towns.merge(town, new Line(town, 0, 0, 0, 0, 0).plus((ItemStatus) row.keys().get(1), row.count()),
                    (a, b) -> a.plus((ItemStatus) row.keys().get(1), row.count()));
        }
        Query late = Query.of(Literals.STANDARDIZATION_ITEM)
                .where(Condition.compare(FeaturePath.of(Literals.STANDARDIZATION_ITEM__DEADLINE), Operator.LESS, today))
                .where(new Condition.Not(Condition.eq(status, ItemStatus.MET)));
        for (Aggregation.Row row : session.aggregate(Aggregation.of(late).groupBy(Grouping.by(orgUnit)).count())) {
            String town = townOf(row.keys().get(0));
            towns.computeIfPresent(town, (name, line) -> line.overdue(row.count()));
        }
        List<Line> lines = new ArrayList<>(towns.values());
        lines.add(new Line(totalName, sum(lines, Line::items), sum(lines, Line::met), sum(lines, Line::rectifying), sum(lines, Line::open),
                sum(lines, Line::overdue)));
        return lines;
    }

    private static long sum(List<Line> lines, java.util.function.ToLongFunction<Line> value) {
        return lines.stream().mapToLong(value).sum();
    }

    /** The town or subdistrict an office belongs to (the office itself at that level). */
    private static String townOf(Object key) {
        if (!(key instanceof OrgUnit office)) {
            return "—"; //$NON-NLS-1$
        }
        for (OrgUnit unit = office; unit != null; unit = unit.getParent()) {
            if (unit.getLevel() == OrgUnitLevel.TOWN || unit.getLevel() == OrgUnitLevel.SUBDISTRICT) {
                return unit.getName();
            }
        }
        return office.getName();
    }
}
