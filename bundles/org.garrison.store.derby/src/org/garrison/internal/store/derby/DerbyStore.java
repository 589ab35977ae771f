package org.garrison.internal.store.derby;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EPackage;
import org.garrison.internal.store.derby.objects.CommitValidator;
import org.garrison.internal.store.derby.objects.DerbySession;
import org.garrison.internal.store.derby.objects.LogFollower;
import org.garrison.internal.store.derby.objects.SessionHost;
import org.garrison.internal.store.derby.schema.Migration;
import org.garrison.internal.store.derby.schema.SchemaMapping;
import org.garrison.internal.store.derby.schema.SchemaMismatchException;
import org.garrison.internal.store.derby.schema.SchemaWriter;
import org.garrison.internal.store.derby.schema.DatabaseGrants;
import org.garrison.store.Access;
import org.garrison.store.CommitEvent;
import org.garrison.store.Role;
import org.garrison.store.CommitListener;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;

/**
 * An open Derby database holding the records of the mapped packages. Its schema follows the
 * model: brought up to date when opened, extended when a commit brings records of a package it
 * has not mapped yet. Sessions share it; each commit is told to every listener.
 */
public final class DerbyStore implements Store, SessionHost {

    private final StoreSettings settings;
    private final ConnectionSource source;
    private final SchemaWriter schema;
    private final CommitValidator validator;
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SchemaMapping mapping;
    private final Access access;
    private boolean auditByDatabase;

    private DerbyStore(StoreSettings settings, ConnectionSource source, SchemaWriter schema, SchemaMapping mapping, CommitValidator validator,
            Access access) {
        this.settings = settings;
        this.access = access;
        this.source = source;
        this.schema = schema;
        this.mapping = mapping;
        this.validator = validator;
    }

    /**
     * Opens (creating on first use) the database of the settings with a schema for the packages.
     *
     * @param migrations the explicit steps for features the model removed or retyped
     */
    public static DerbyStore open(StoreSettings settings, Collection<EPackage> packages, CommitValidator validator, List<Migration> migrations)
            throws StoreException {
        ConnectionSource source = connectionSource(settings);
        SchemaWriter schema = new SchemaWriter();
        migrations.forEach(schema::register);
        SchemaMapping mapping = SchemaMapping.of(packages);
        Access access;
        boolean auditByDatabase;
        try (Connection connection = source.connect()) {
            schema.apply(connection, mapping);
            access = accessOf(settings, connection);
            auditByDatabase = DatabaseGrants.isDepartmentDatabase(connection);
            connection.commit();
        } catch (SchemaMismatchException e) {
            throw new StoreException(e.getMessage(), e);
        } catch (SQLException e) {
            throw openFailure(settings, e);
        }
        DerbyStore store = new DerbyStore(settings, source, schema, mapping, validator, access);
        store.auditByDatabase = auditByDatabase;
        if (settings instanceof StoreSettings.Server) {
            store.followOthers();
        }
        return store;
    }

    /** How often a store on a shared server reads the change log for others' commits. */
    private static final long POLL_MILLIS = Long.getLong("garrison.server.pollMillis", 2_000); //$NON-NLS-1$

    private LogFollower follower;
    private java.util.concurrent.ScheduledExecutorService polling;
    private Connection pollingConnection;

    /** Others' commits reach this store's listeners within the polling period (the log is read, Derby has no notifications). */
    private void followOthers() throws StoreException {
        try (Connection connection = source.connect()) {
            follower = new LogFollower(this, LogFollower.lastCommit(connection));
            connection.rollback();
        } catch (SQLException e) {
            throw openFailure(settings, e);
        }
        polling = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "garrison-change-log"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        polling.scheduleWithFixedDelay(this::readOthersCommits, POLL_MILLIS, POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void readOthersCommits() {
        try {
            if (pollingConnection == null || pollingConnection.isClosed()) {
                pollingConnection = source.connect();
            }
            for (CommitEvent event : follower.read(pollingConnection)) {
                committed(event);
            }
        } catch (SQLException | RuntimeException e) {
            // the server is away for a moment: the next round reads on from the same commit
            try {
                if (pollingConnection != null) {
                    pollingConnection.close();
                }
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            pollingConnection = null;
        }
    }

    @Override
    public boolean auditByDatabase() {
        return auditByDatabase;
    }

    @Override
    public void ownCommit(long commit) {
        if (follower != null) {
            follower.own(commit);
        }
    }

    /** Everything, unless a department's server limits the user to the roles the administrator granted. */
    private static Access accessOf(StoreSettings settings, Connection connection) throws SQLException {
        if (!(settings instanceof StoreSettings.Server)) {
            return Access.everything(System.getProperty("user.name")); //$NON-NLS-1$
        }
        String user = DatabaseGrants.currentUser(connection);
        if (!DatabaseGrants.isDepartmentDatabase(connection) || DatabaseGrants.isOwner(connection)) {
            return Access.everything(user);
        }
        java.util.Set<Role> roles = DatabaseGrants.rolesOf(connection, user);
        return new Access(user, java.util.Set.copyOf(roles), roles.contains(Role.ADMINISTRATOR));
    }

    @Override
    public Access access() {
        return access;
    }

    @Override
    public void changePassword(char[] newPassword) throws StoreException {
        if (!(source instanceof DerbyServerDatabase server)) {
            Store.super.changePassword(newPassword);
            return;
        }
        if (newPassword == null || newPassword.length < 8) {
            throw new StoreException(StoreMessages.format("password.tooShort")); //$NON-NLS-1$
        }
        try (Connection connection = source.connect();
                java.sql.PreparedStatement change = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_MODIFY_PASSWORD(?)")) { //$NON-NLS-1$
            change.setString(1, new String(newPassword));
            change.execute();
            connection.commit();
            server.passwordChanged(newPassword);
        } catch (SQLException e) {
            throw new StoreException(StoreMessages.format("password.refused", e.getMessage()), e); //$NON-NLS-1$
        }
    }

    private static ConnectionSource connectionSource(StoreSettings settings) {
        return switch (settings) {
            case StoreSettings.Embedded embedded -> {
                DerbyDatabase.configureSystem(embedded.dataFolder());
                yield new DerbyDatabase(embedded.dataFolder(), embedded.database(), embedded.bootPassword(), embedded.user(), embedded.password());
            }
            case StoreSettings.Server server -> new DerbyServerDatabase(server.host(), server.port(), server.database(), server.user(), server.password(), server.tls());
        };
    }

    /** The message for a database that does not open: the server's address and what to check, or Derby's own reason. */
    private static StoreException openFailure(StoreSettings settings, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState(); //$NON-NLS-1$
        if (settings instanceof StoreSettings.Embedded && DerbyFailures.inUse(e)) {
            // "Another instance of Derby may have already booted the database": a workbench holds it
            return new org.garrison.store.DatabaseInUseException(StoreMessages.format("database.inUse", settings.describe()), e); //$NON-NLS-1$
        }
        if (DerbyFailures.readOnly(e)) {
            return new StoreException(StoreMessages.format("database.readOnly", settings.describe()), e); //$NON-NLS-1$
        }
        if (DerbyFailures.diskFull(e)) {
            return new StoreException(StoreMessages.format("database.diskFull", settings.describe()), e); //$NON-NLS-1$
        }
        if (DerbyFailures.damaged(e)) {
            return new StoreException(StoreMessages.format("database.damaged", settings.describe()), e); //$NON-NLS-1$
        }
        if (settings instanceof StoreSettings.Server server) {
            if (DerbyFailures.untrustedCertificate(e)) {
                return new StoreException(StoreMessages.format("database.serverUntrusted", server.describe()), e); //$NON-NLS-1$
            }
            if (state.equals("08004") && String.valueOf(e.getMessage()).contains("connection refused")) { //$NON-NLS-1$ //$NON-NLS-2$
                // Derby's answer to a user the administrator disabled (not in derby.database.fullAccessUsers)
                return new StoreException(StoreMessages.format("database.serverUserDisabled", server.describe(), server.user()), e); //$NON-NLS-1$
            }
            if (state.equals("08004")) { //$NON-NLS-1$
                return new StoreException(StoreMessages.format("database.serverLogin", server.describe(), server.user()), e); //$NON-NLS-1$
            }
            if (state.startsWith("08")) { //$NON-NLS-1$
                return new StoreException(StoreMessages.format("database.serverUnreachable", server.describe(), withoutFinalStop(e.getMessage())), e); //$NON-NLS-1$
            }
        }
        return new StoreException(StoreMessages.format("database.cannotOpen", settings.describe(), e.getMessage()), e); //$NON-NLS-1$
    }

    /** Derby's own sentence, without its full stop: our message goes on after it. */
    private static String withoutFinalStop(String message) {
        String text = message == null ? "" : message.strip(); //$NON-NLS-1$
        while (!text.isEmpty() && ".。".indexOf(text.charAt(text.length() - 1)) >= 0) { //$NON-NLS-1$
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    @Override
    public StoreSettings settings() {
        return settings;
    }

    @Override
    public StoreSession openSession() {
        // on a server, the name the database knows the user by (it writes that name into the log itself)
        String author = settings instanceof StoreSettings.Server ? access.user() : System.getProperty("user.name"); //$NON-NLS-1$
        return new DerbySession(this, validator, author);
    }

    /** A session that records another author in the change log (for tests and administrative tools). */
    public StoreSession openSession(String author) {
        return new DerbySession(this, validator, author);
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        listeners.remove(listener);
    }

    @Override
    public Connection connect() throws SQLException {
        return source.connect();
    }

    @Override
    public SchemaMapping mapping() {
        return mapping;
    }

    @Override
    public synchronized SchemaMapping map(Connection connection, Collection<EPackage> packages) throws SQLException {
        List<EPackage> all = new ArrayList<>(mapping.packages());
        packages.stream().filter(p -> !all.contains(p)).forEach(all::add);
        SchemaMapping wider = SchemaMapping.of(all);
        schema.apply(connection, wider);
        mapping = wider;
        return wider;
    }

    @Override
    public void committed(CommitEvent event) {
        for (CommitListener listener : listeners) {
            try {
                listener.committed(event);
            } catch (RuntimeException e) {
                // One failing listener must not keep the others from hearing of the commit.
                ILog.of(DerbyStore.class).log(new Status(IStatus.ERROR, "org.garrison.store.derby", "A commit listener failed", e)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    @Override
    public void close() {
        listeners.clear();
        if (polling != null) {
            polling.shutdownNow();
            try {
                polling.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
                if (pollingConnection != null) {
                    pollingConnection.close();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                // the server is gone: nothing to release
            }
        }
        if (source instanceof DerbyDatabase embedded) {
            embedded.shutdown();
        }
    }
}
