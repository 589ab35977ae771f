package org.garrison.internal.store.derby.objects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.garrison.internal.store.derby.schema.ClassTable;
import org.garrison.store.CommitEvent;

/**
 * Follows the change log for commits other programs made: Derby has no notifications, so on a shared
 * server the store reads the log after the last commit it has seen, and tells its listeners of each
 * commit as if one of its own sessions had made it (with no session). Commits of this store's own
 * sessions were told already and are passed over.
 */
public final class LogFollower {

    private final SessionHost host;
    private final Set<Long> own = ConcurrentHashMap.newKeySet();
    private long lastSeen;

    public LogFollower(SessionHost host, long lastSeen) {
        this.host = host;
        this.lastSeen = lastSeen;
    }

    /** The newest commit in the log, 0 for none. */
    public static long lastCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT MAX(ID) FROM GARRISON_COMMIT")) { //$NON-NLS-1$
            rows.next();
            return rows.getLong(1);
        }
    }

    public void own(long commit) {
        own.add(commit);
    }

    /** The commits others made since the last read, oldest first. */
    public synchronized List<CommitEvent> read(Connection connection) throws SQLException {
        Map<String, EClass> classes = new HashMap<>();
        for (ClassTable table : host.mapping().tables()) {
            classes.put(ObjectWriter.classKey(table.eClass()), table.eClass());
        }
        List<CommitEvent> events = new ArrayList<>();
        try (PreparedStatement commits = connection.prepareStatement("SELECT ID, AUTHOR, COMMITTED_AT FROM GARRISON_COMMIT WHERE ID > ? ORDER BY ID"); //$NON-NLS-1$
                PreparedStatement changes = connection.prepareStatement("SELECT H.OBJECT_ID, COALESCE(H.ECLASS, O.ECLASS), H.KIND, H.FEATURE " //$NON-NLS-1$
                        + "FROM GARRISON_CHANGE H LEFT JOIN GARRISON_OBJECT O ON O.ID = H.OBJECT_ID WHERE H.COMMIT_ID = ?")) { //$NON-NLS-1$
            commits.setLong(1, lastSeen);
            try (ResultSet rows = commits.executeQuery()) {
                while (rows.next()) {
                    long commit = rows.getLong(1);
                    lastSeen = Math.max(lastSeen, commit);
                    if (own.remove(commit)) {
                        continue;
                    }
                    changes.setLong(1, commit);
                    events.add(new CommitEvent(null, rows.getString(2), rows.getTimestamp(3).toInstant(), changedRecords(changes, classes)));
                }
            }
        }
        connection.rollback();
        return events;
    }

    private static List<CommitEvent.ChangedRecord> changedRecords(PreparedStatement changes, Map<String, EClass> classes) throws SQLException {
        Map<Long, EClass> classOf = new LinkedHashMap<>();
        Map<Long, CommitEvent.Kind> kindOf = new LinkedHashMap<>();
        Map<Long, Set<String>> featuresOf = new HashMap<>();
        try (ResultSet rows = changes.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                EClass eClass = classes.get(rows.getString(2));
                if (eClass == null) {
                    continue; // a record of a package this program does not map (a plug-in not installed here)
                }
                classOf.put(id, eClass);
                CommitEvent.Kind kind = ChangeLog.kind(rows.getString(3));
                kindOf.merge(id, kind, (was, now) -> was == CommitEvent.Kind.UPDATED ? now : was);
                if (rows.getString(4) != null) {
                    featuresOf.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(rows.getString(4));
                }
            }
        }
        List<CommitEvent.ChangedRecord> records = new ArrayList<>();
        classOf.forEach((id, eClass) -> records.add(new CommitEvent.ChangedRecord(id, eClass, kindOf.get(id), Set.copyOf(featuresOf.getOrDefault(id, Set.of())))));
        return List.copyOf(records);
    }
}
