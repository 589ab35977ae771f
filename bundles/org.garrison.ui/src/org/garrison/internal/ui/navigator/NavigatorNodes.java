package org.garrison.internal.ui.navigator;

import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.ui.areas.AreaDescriptor;
import org.garrison.internal.ui.areas.RecordsDescriptor;

/** The navigator's nodes: areas, their kinds of records, groups of records, records, and "more". */
final class NavigatorNodes {

    private NavigatorNodes() {
    }

    record AreaNode(AreaDescriptor area) {
    }

    record RecordsNode(AreaNode parent, RecordsDescriptor records) {
    }

    /** Records whose group path has {@code key} (a record, a value, a year, or null for none). */
    record GroupNode(RecordsNode parent, Object key, long count) {
    }

    /**
     * Groups gathered under what {@code groupUnder} says of their record (villages under their town); equal by
     * parent and key, so that a group's parent found again is the node the tree shows.
     */
    static final class OuterGroupNode {
        private final RecordsNode parent;
        private final Object key;
        private final long count;
        private final List<GroupNode> groups;

        OuterGroupNode(RecordsNode parent, Object key, long count, List<GroupNode> groups) {
            this.parent = parent;
            this.key = key;
            this.count = count;
            this.groups = List.copyOf(groups);
        }

        RecordsNode parent() {
            return parent;
        }

        Object key() {
            return key;
        }

        long count() {
            return count;
        }

        List<GroupNode> groups() {
            return groups;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OuterGroupNode outer && outer.parent.equals(parent) && java.util.Objects.equals(outer.key, key);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(parent, key);
        }
    }

    /** The records of one month (1–12) of a year's group. */
    record MonthNode(GroupNode parent, int month, long count) {
    }

    /** A record in the navigator; it adapts to the EMF object, so that commands and views see the record. */
    record RecordNode(Object parent, RecordsDescriptor records, EObject record) implements IAdaptable {
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter.isInstance(record) ? adapter.cast(record) : null;
        }
    }

    /** Stands for the records of a group beyond the ones listed. */
    record MoreNode(Object parent, long remaining) {
    }
}
