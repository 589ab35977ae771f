package org.garrison.store;

import java.time.Instant;

/**
 * One change of one record as the change log keeps it: who, when, and for an update the feature with
 * its old and new value as text (a reference as {@code #id}, a list as {@code [a, b]}).
 *
 * @param commit  the commit's number, ascending in time
 * @param feature the feature's name for an update, null for an insert or delete
 */
public record RecordChange(long commit, String author, Instant committedAt, CommitEvent.Kind kind, String feature, String oldValue, String newValue) {
}
