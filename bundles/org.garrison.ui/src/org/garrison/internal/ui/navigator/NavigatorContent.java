package org.garrison.internal.ui.navigator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.garrison.internal.ui.areas.AreaDescriptor;
import org.garrison.internal.ui.areas.RecordsDescriptor;
import org.garrison.internal.ui.navigator.NavigatorNodes.AreaNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.GroupNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.MonthNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.MoreNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.OuterGroupNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.RecordNode;
import org.garrison.internal.ui.navigator.NavigatorNodes.RecordsNode;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Aggregation;
import org.garrison.store.query.Aggregation.Grouping;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Condition.Operator;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;

/**
 * Areas, then their kinds of records, then groups, then records: every level read with a store
 * query when it is opened (groups and counts computed by the database), at most {@link #PAGE}
 * records per group.
 */
final class NavigatorContent implements ITreeContentProvider {

    static final int PAGE = 500;

    private final StoreSession session;
    private String filter = ""; //$NON-NLS-1$

    NavigatorContent(StoreSession session) {
        this.session = session;
    }

    /**
     * Shows only records whose label contains the text (kinds without a label path show all).
     * SQL's wildcards are taken out of the text, so it always means itself.
     */
    void filter(String text) {
        filter = text == null ? "" : text.replace("%", "").replace("_", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    String filter() {
        return filter;
    }

    /** The kind's records, those the filter lets through. */
    private Query all(RecordsDescriptor records) {
        Query query = Query.of(records.eClass());
        if (!filter.isEmpty() && records.label() != null) {
            query = query.where(Condition.compare(records.label(), Operator.LIKE, "%" + filter + "%")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return query;
    }

    @Override
    public Object[] getElements(Object input) {
        @SuppressWarnings("unchecked")
        List<AreaDescriptor> areas = (List<AreaDescriptor>) input;
        return areas.stream().map(AreaNode::new).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        try {
            return switch (parent) {
                case AreaNode area -> area.area().records().stream().map(records -> new RecordsNode(area, records)).toArray();
                case RecordsNode records -> records.records().groupBy() == null ? records(records, ordered(records.records()), count(records))
                        : groups(records);
                case OuterGroupNode outer -> outer.groups().toArray();
                case GroupNode group -> group.parent().records().groupByMonth() && group.key() != null ? months(group)
                        : records(group, inGroup(group), group.count());
                case MonthNode month -> records(month, inMonth(month), month.count());
                default -> new Object[0];
            };
        } catch (StoreException | RuntimeException e) {
            ILog.of(NavigatorContent.class).log(new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, e.getMessage(), e));
            return new Object[0];
        }
    }

    long count(RecordsNode node) throws StoreException {
        return session.count(all(node.records()));
    }

    private Object[] groups(RecordsNode node) throws StoreException {
        RecordsDescriptor records = node.records();
        Grouping grouping = records.groupByYear() ? Grouping.yearOf(records.groupBy()) : Grouping.by(records.groupBy());
        List<Object> groups = new ArrayList<>();
        for (Aggregation.Row row : session.aggregate(Aggregation.of(all(records)).groupBy(grouping).count())) {
            groups.add(new GroupNode(node, row.keys().get(0), row.count()));
        }
        return records.groupUnder() == null ? groups.toArray() : outerGroups(node, groups);
    }

    /** The groups gathered under what groupUnder says of each group's record, in the order of those records' names. */
    private Object[] outerGroups(RecordsNode node, List<Object> groups) throws StoreException {
        // the grouped records read whole, so that each knows its place (a village its town): a few hundred places
        FeaturePath groupBy = node.records().groupBy();
        session.list(Query.of(((org.eclipse.emf.ecore.EReference) groupBy.steps().get(groupBy.steps().size() - 1)).getEReferenceType()));
        java.util.Map<Object, List<GroupNode>> under = new java.util.LinkedHashMap<>();
        for (Object group : groups) {
            GroupNode inner = (GroupNode) group;
            under.computeIfAbsent(outerKey(node.records(), inner.key()), key -> new ArrayList<>()).add(inner);
        }
        List<OuterGroupNode> outer = new ArrayList<>();
        under.forEach((key, inner) -> outer.add(new OuterGroupNode(node, key, inner.stream().mapToLong(GroupNode::count).sum(), inner)));
        return outer.toArray();
    }

    /** What groupUnder says of a group's record (null when it says nothing, or the group has no record). */
    static Object outerKey(RecordsDescriptor records, Object groupKey) {
        Object value = groupKey;
        for (org.eclipse.emf.ecore.EStructuralFeature step : records.groupUnder().steps()) {
            if (!(value instanceof EObject record)) {
                return null;
            }
            value = record.eGet(step);
        }
        return value;
    }

    private Object[] months(GroupNode year) throws StoreException {
        RecordsDescriptor records = year.parent().records();
        List<Object> months = new ArrayList<>();
        for (Aggregation.Row row : session.aggregate(Aggregation.of(inGroup(year)).groupBy(Grouping.monthOf(records.groupBy())).count())) {
            months.add(new MonthNode(year, ((Number) row.keys().get(0)).intValue(), row.count()));
        }
        return months.toArray();
    }

    private Query inMonth(MonthNode month) {
        RecordsDescriptor records = month.parent().parent().records();
        LocalDate first = LocalDate.of(((Number) month.parent().key()).intValue(), month.month(), 1);
        return ordered(records).where(Condition.compare(records.groupBy(), Operator.GREATER_OR_EQUAL, first))
                .where(Condition.compare(records.groupBy(), Operator.LESS_OR_EQUAL, first.withDayOfMonth(first.lengthOfMonth())));
    }

    private Object[] records(Object parent, Query query, long total) throws StoreException {
        RecordsDescriptor descriptor = descriptor(parent);
        List<Object> children = new ArrayList<>();
        long left = total;
        for (EObject record : session.<EObject>list(query.page(0, PAGE))) {
            if (hidden.contains(session.idOf(record).orElse(-1))) {
                left--;
            } else {
                children.add(new RecordNode(parent, descriptor, record));
            }
        }
        if (left > children.size()) {
            children.add(new MoreNode(parent, left - children.size()));
        }
        return children.toArray();
    }

    private java.util.Set<Long> hidden = java.util.Set.of();

    /** Leaves these records out (deleted, not yet saved). */
    void hide(java.util.Set<Long> ids) {
        hidden = java.util.Set.copyOf(ids);
    }

    private Query ordered(RecordsDescriptor records) {
        Query query = all(records);
        return records.orderBy() == null ? query : query.orderBy(records.orderBy(), true);
    }

    private Query inGroup(GroupNode group) {
        RecordsDescriptor records = group.parent().records();
        Query query = ordered(records);
        if (group.key() == null) {
            return query.where(new Condition.IsNull(records.groupBy()));
        }
        if (records.groupByYear()) {
            int year = ((Number) group.key()).intValue();
            return query.where(Condition.compare(records.groupBy(), Operator.GREATER_OR_EQUAL, LocalDate.of(year, 1, 1)))
                    .where(Condition.compare(records.groupBy(), Operator.LESS_OR_EQUAL, LocalDate.of(year, 12, 31)));
        }
        return query.where(Condition.eq(records.groupBy(), group.key()));
    }

    private static RecordsDescriptor descriptor(Object parent) {
        return switch (parent) {
            case GroupNode group -> group.parent().records();
            case MonthNode month -> month.parent().parent().records();
            default -> ((RecordsNode) parent).records();
        };
    }

    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case RecordsNode records -> records.parent();
            case GroupNode group -> group.parent().records().groupUnder() == null ? group.parent()
                    : new OuterGroupNode(group.parent(), outerKey(group.parent().records(), group.key()), -1, List.of());
            case OuterGroupNode outer -> outer.parent();
            case MonthNode month -> month.parent();
            case RecordNode record -> record.parent();
            case MoreNode more -> more.parent();
            default -> null;
        };
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof AreaNode || element instanceof RecordsNode || element instanceof OuterGroupNode || element instanceof GroupNode
                || element instanceof MonthNode;
    }
}
