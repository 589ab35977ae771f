package org.garrison.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.garrison.internal.admin.AdminMessages;

/**
 * The department's Derby Network Server, run in this JVM: NATIVE authentication for the whole server
 * (so that stopping it needs an account of the database), SQL authorization, TLS on every connection
 * (plain-text clients are refused), the database booted with its boot password, its log in the data
 * folder, and a daily online backup kept for as many days as the administrator says.
 */
public final class DepartmentServer implements AutoCloseable {

    /**
     * @param host        the address to listen on (loopback unless the administrator opens it to the office network)
     * @param backupAt    when the daily backup is made, or null for none
     * @param keepBackups how many backups are kept (older ones are removed after each backup)
     */
    public record Options(DepartmentDatabase department, InetAddress host, int port, LocalTime backupAt, int keepBackups) {
    }

    private final Options options;
    private final NetworkServerControl control;
    private final char[] servicePassword;
    private final ScheduledExecutorService backups;
    private final Consumer<String> log;

    private DepartmentServer(Options options, NetworkServerControl control, char[] servicePassword, Consumer<String> log) {
        this.options = options;
        this.control = control;
        this.servicePassword = servicePassword;
        this.log = log;
        this.backups = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "garrison-backup"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the server; returns once it accepts connections and the database is booted.
     *
     * @param log where the server's own lines go (backups made, failures)
     */
    public static DepartmentServer start(Options options, char[] bootPassword, Consumer<String> log) throws AdminException {
        DepartmentDatabase department = options.department();
        department.requireExisting();
        if (bootPassword == null || bootPassword.length == 0) {
            throw new AdminException(AdminMessages.format("server.noBootPassword")); //$NON-NLS-1$
        }
        refuseTakenPort(options);
        char[] service = department.servicePassword();
        configureSystem(department, bootPassword);
        NetworkServerControl control;
        try {
            control = new NetworkServerControl(options.host(), options.port(), DepartmentDatabase.SERVICE_USER, new String(service));
            PrintWriter serverLog = new PrintWriter(Files.newBufferedWriter(department.folder().resolve("server.log"), StandardCharsets.UTF_8, //$NON-NLS-1$
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
            control.start(serverLog);
            awaitStarted(options.host(), options.port());
        } catch (Exception e) {
            throw new AdminException(AdminMessages.format("server.startFailed", options.host().getHostAddress() + ':' + options.port(), e.getMessage()), e); //$NON-NLS-1$
        }
        DepartmentServer server = new DepartmentServer(options, control, service, log);
        try (Connection boot = server.serviceConnection("bootPassword=" + new String(bootPassword))) { //$NON-NLS-1$
            // booted: the database stays up for every client until the server stops
        } catch (SQLException e) {
            server.close();
            if ("XBM06".equals(e.getSQLState()) || String.valueOf(e.getNextException()).contains("XBM06")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new AdminException(AdminMessages.format("server.wrongBootPassword", department.database()), e); //$NON-NLS-1$
            }
            throw new AdminException(AdminMessages.format("server.bootFailed", department.database(), e.getMessage()), e); //$NON-NLS-1$
        }
        server.scheduleBackups();
        return server;
    }

    private static void refuseTakenPort(Options options) throws AdminException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(options.host(), options.port()));
        } catch (IOException e) {
            throw new AdminException(AdminMessages.format("server.portTaken", options.port(), options.host().getHostAddress()), e); //$NON-NLS-1$
        }
    }

    /** Derby reads these once, when its engine first boots in this JVM. */
    private static void configureSystem(DepartmentDatabase department, char[] keyStorePassword) {
        System.setProperty("derby.system.home", department.folder().toString()); //$NON-NLS-1$
        System.setProperty("derby.stream.error.file", department.folder().resolve("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("derby.connection.requireAuthentication", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("derby.authentication.provider", "NATIVE:" + DepartmentDatabase.NAME + ":LOCAL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        System.setProperty("derby.drda.sslMode", "basic"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("derby.drda.logConnections", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("javax.net.ssl.keyStore", department.keyStore().toString()); //$NON-NLS-1$
        System.setProperty("javax.net.ssl.keyStoreType", "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("javax.net.ssl.keyStorePassword", new String(keyStorePassword)); //$NON-NLS-1$
        // the server's own clients (its backups run embedded, but Derby's control presents this key) trust it
        System.setProperty("javax.net.ssl.trustStore", department.trustStore().toString()); //$NON-NLS-1$
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("javax.net.ssl.trustStorePassword", DepartmentDatabase.TRUST_STORE_PASSWORD); //$NON-NLS-1$
    }

    private static void awaitStarted(InetAddress host, int port) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (isRunning(host, port)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new java.net.ConnectException(host.getHostAddress() + ':' + port);
    }

    /**
     * Whether a server with TLS answers on the address: a handshake, nothing sent. (Derby's own ping
     * takes its TLS mode from properties the engine may have read before, and would present this
     * JVM's key as a client certificate.)
     */
    public static boolean isRunning(InetAddress host, int port) {
        return TlsProbe.answers(host, port);
    }

    /**
     * Stops the department's server running on this machine from its data folder, as systemd does:
     * a signal to the process recorded in {@code server.pid}, whose shutdown closes the database cleanly.
     */
    public static void stop(DepartmentDatabase department, InetAddress host, int port) throws AdminException {
        String address = host.getHostAddress() + ':' + port;
        try {
            long pid = Long.parseLong(Files.readString(department.folder().resolve("server.pid")).strip()); //$NON-NLS-1$
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IOException("pid " + pid)); //$NON-NLS-1$
            process.destroy();
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AdminException(AdminMessages.format("server.stopFailed", address, e.getMessage()), e); //$NON-NLS-1$
        }
    }

    private void scheduleBackups() {
        if (options.backupAt() == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime first = now.toLocalDate().atTime(options.backupAt());
        if (!first.isAfter(now)) {
            first = first.plusDays(1);
        }
        long delay = Duration.between(now, first).toMillis();
        backups.scheduleAtFixedRate(this::backupQuietly, delay, TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
    }

    private void backupQuietly() {
        try {
            java.nio.file.Path made = backupNow();
            log.accept(AdminMessages.format("backup.made", made)); //$NON-NLS-1$
        } catch (AdminException e) {
            log.accept(e.getMessage());
        }
    }

    /** An online backup now, then the oldest removed beyond the number to keep; answers the backup's folder. */
    public java.nio.file.Path backupNow() throws AdminException {
        try (Connection connection = serviceConnection("")) { //$NON-NLS-1$
            java.nio.file.Path made = Administration.backup(connection, options.department());
            for (java.nio.file.Path removed : Administration.prune(options.department(), Math.max(1, options.keepBackups()))) {
                log.accept(AdminMessages.format("backup.removed", removed)); //$NON-NLS-1$
            }
            return made;
        } catch (SQLException | IOException e) {
            throw new AdminException(AdminMessages.format("backup.failed", options.department().backups(), e.getMessage()), e); //$NON-NLS-1$
        }
    }

    private Connection serviceConnection(String attributes) throws SQLException {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(DepartmentDatabase.NAME);
        source.setUser(DepartmentDatabase.SERVICE_USER);
        source.setPassword(new String(servicePassword));
        if (!attributes.isEmpty()) {
            source.setConnectionAttributes(attributes);
        }
        return source.getConnection();
    }

    public Options options() {
        return options;
    }

    /** Stops taking connections, then shuts the database down so that its files are closed cleanly. */
    @Override
    public void close() {
        backups.shutdownNow();
        try {
            control.shutdown();
        } catch (Exception e) {
            // already stopped (by garrison server stop)
        }
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", DepartmentDatabase.SERVICE_USER); //$NON-NLS-1$
        credentials.setProperty("password", new String(servicePassword)); //$NON-NLS-1$
        try {
            // the whole engine: a database of a server with SQL authorization shuts down only for its owner
            new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:;shutdown=true", credentials); //$NON-NLS-1$
        } catch (SQLException expected) {
            // XJ015: the engine shut down, as asked
        }
    }
}
