package org.garrison.admin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.client.BasicClientDataSource;
import org.garrison.admin.AdminException;
import org.garrison.admin.Administration;
import org.garrison.admin.DepartmentDatabase;
import org.garrison.admin.DepartmentServer;
import org.garrison.admin.UserAccount;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.HeadlessStores;
import org.garrison.store.NotPermittedException;
import org.garrison.store.Role;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.store.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The department's server as an administrator sets it up: a database made by {@code DepartmentDatabase.create},
 * the server started on a free loopback port with TLS, users with roles. Roles are enforced by the store
 * and, whatever the client, by the database; the password never crosses the wire in clear; a backup made
 * while another session commits restores into a new folder with every commit made before it.
 */
class DepartmentServerTest {

    private static final char[] ADMIN_PASSWORD = "管理员口令-2026".toCharArray();
    private static final char[] BOOT_PASSWORD = "boot-口令-2026".toCharArray();
    private static final char[] STAFF_PASSWORD = "staff-2026-a".toCharArray();

    private static Path folder;
    private static DepartmentDatabase department;
    private static DepartmentServer server;
    private static int port;
    private static final List<String> serverLog = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void createDatabaseAndStartServer() throws Exception {
        folder = Files.createTempDirectory("garrison-department");
        department = new DepartmentDatabase(folder.resolve("data"));
        department.create("admin", ADMIN_PASSWORD, BOOT_PASSWORD, "localhost");
        // The server's engine boots anew with the server's settings, as in its own process.
        try {
            new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:;shutdown=true", new java.util.Properties());
        } catch (SQLException expected) {
            assertThat(expected.getSQLState()).isEqualTo("XJ015");
        }
        // What the administrator distributes with the product: this JVM's clients trust the department's server.
        System.setProperty("javax.net.ssl.trustStore", department.trustStore().toString());
        System.setProperty("javax.net.ssl.trustStorePassword", DepartmentDatabase.TRUST_STORE_PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        port = freePort();
        server = DepartmentServer.start(new DepartmentServer.Options(department, InetAddress.getLoopbackAddress(), port,
                LocalTime.now().plusSeconds(4).withNano(0), 2), BOOT_PASSWORD, serverLog::add);

        try (Store store = open("ADMIN", ADMIN_PASSWORD); StoreSession session = store.openSession()) {
            SampleDistrict.generate(2026, SampleSize.SMALL, LocalDate.of(2026, 6, 30)).roots().forEach(session::add);
            session.commit();
        }
        try (Administration administration = administration()) {
            administration.addUser("junwu", STAFF_PASSWORD, Set.of(Role.TRAINING));
            administration.addUser("lingdao", STAFF_PASSWORD, Set.of(Role.LEADER));
            administration.addUser("dongyuan", STAFF_PASSWORD, Set.of(Role.MOBILIZATION));
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTrainingUserChangesTrainingAndIsRefusedMilitiaMembersByTheStoreAndByTheDatabase() throws Exception {
        try (Store store = open("junwu", STAFF_PASSWORD); StoreSession session = store.openSession()) {
            assertThat(store.access().roles()).contains(Role.TRAINING);
            assertThat(store.access().mayChange(TrainingPackage.Literals.TRAINING_BATCH)).isTrue();
            assertThat(store.access().mayChange(MobilizationPackage.Literals.MILITIA_MEMBER)).isFalse();
            assertThat(store.access().mayChange(CorePackage.Literals.ATTACHMENT)).isTrue();

            TrainingBatch batch = session.<TrainingBatch>list(Query.of(TrainingPackage.Literals.TRAINING_BATCH)).get(0);
            batch.setPlace("区民兵训练基地（二号场）");
            session.commit();

            MilitiaMember member = session.<MilitiaMember>list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)).get(0);
            member.setPosition("班长");
            assertThatThrownBy(session::commit).isInstanceOf(NotPermittedException.class)
                    .hasMessageContaining("JUNWU").hasMessageContaining("“动员”").hasMessageContaining("没有写入数据库，也没有丢失");
            assertThat(session.hasChanges()).isTrue();
            session.rollback();
        }
        // the database fills the audit columns with its own user and time; the training user cannot write them or the log
        try (Connection owner = client("ADMIN", ADMIN_PASSWORD); Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CHANGED_BY, CHANGED_AT FROM GARRISON.TRAINING_TRAINING_BATCH WHERE PLACE = '区民兵训练基地（二号场）'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("JUNWU");
            assertThat(rows.getTimestamp(2)).isNotNull();
        }
        try (Connection junwu = client("junwu", STAFF_PASSWORD); Statement statement = junwu.createStatement()) {
            statement.execute("SET ROLE " + Role.personal("junwu").sqlName());
            assertThat(statement.executeUpdate("UPDATE GARRISON.TRAINING_TRAINING_BATCH SET PLACE = PLACE WHERE 1 = 0")).isZero();
            assertRefused(() -> statement.executeUpdate("UPDATE GARRISON.MOBILIZATION_MILITIA_MEMBER SET POSITION = '排长'"));
            assertRefused(() -> statement.executeUpdate("UPDATE GARRISON.TRAINING_TRAINING_BATCH SET CHANGED_BY = 'SOMEONE'"));
            assertRefused(() -> statement.executeUpdate("DELETE FROM GARRISON.GARRISON_CHANGE"));
            assertRefused(() -> statement.executeUpdate("UPDATE GARRISON.GARRISON_COMMIT SET AUTHOR = 'SOMEONE'"));
            // a client that logs its commit under another name is corrected by the database
            statement.executeUpdate("INSERT INTO GARRISON.GARRISON_COMMIT (AUTHOR, COMMITTED_AT) VALUES ('ADMIN', TIMESTAMP('2020-01-01 00:00:00'))");
            try (ResultSet rows = statement.executeQuery("SELECT AUTHOR, YEAR(COMMITTED_AT) FROM GARRISON.GARRISON_COMMIT ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("JUNWU");
                assertThat(rows.getInt(2)).isGreaterThan(2020);
            }
        }
    }

    @Test
    void aLeaderReadsEverythingAndChangesNothingNotEvenStraightThroughJdbc() throws Exception {
        try (Store store = open("lingdao", STAFF_PASSWORD); StoreSession session = store.openSession()) {
            assertThat(store.access().readOnly()).isTrue();
            assertThat(session.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER))).isEqualTo(2_000);
            assertThat(session.count(Query.of(TrainingPackage.Literals.TRAINING_BATCH))).isPositive();
            Person person = session.<Person>list(Query.of(CorePackage.Literals.PERSON)).get(0);
            person.setPhone("13900000000");
            assertThatThrownBy(session::commit).isInstanceOf(NotPermittedException.class).hasMessageContaining("LINGDAO");
        }
        try (Connection lingdao = client("lingdao", STAFF_PASSWORD); Statement statement = lingdao.createStatement()) {
            statement.execute("SET ROLE " + Role.personal("lingdao").sqlName());
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM GARRISON.CORE_PERSON")) {
                rows.next();
                assertThat(rows.getInt(1)).isPositive();
            }
            assertRefused(() -> statement.executeUpdate("UPDATE GARRISON.CORE_PERSON SET PHONE = '13900000000'"));
            assertRefused(() -> statement.executeUpdate("DELETE FROM GARRISON.TRAINING_TRAINING_BATCH"));
            assertRefused(() -> statement.execute("SET ROLE " + Role.MOBILIZATION.sqlName()));
        }
    }

    @Test
    void usersAreListedDisabledAndToldWhyTheyCannotLogIn() throws Exception {
        try (Administration administration = administration()) {
            administration.addUser("zhangsan", STAFF_PASSWORD, Set.of(Role.STUDY, Role.SECURITY));
            assertThat(administration.users()).extracting(UserAccount::name).startsWith("ADMIN").contains("ZHANGSAN", "JUNWU");
            UserAccount zhangsan = administration.users().stream().filter(u -> u.name().equals("ZHANGSAN")).findFirst().orElseThrow();
            assertThat(zhangsan.roles()).containsExactlyInAnyOrder(Role.STUDY, Role.SECURITY);
            assertThat(zhangsan.enabled()).isTrue();

            administration.setRoles("zhangsan", Set.of(Role.SECURITY));
            try (Store store = open("zhangsan", STAFF_PASSWORD)) {
                assertThat(store.access().roles()).contains(Role.SECURITY).doesNotContain(Role.STUDY);
            }
            administration.setEnabled("zhangsan", false);
            assertThatThrownBy(() -> open("zhangsan", STAFF_PASSWORD)).isInstanceOf(StoreException.class).hasMessageContaining("ZHANGSAN".toLowerCase())
                    .hasMessageContaining("已被停用");
            assertThatThrownBy(() -> Administration.connect(settings("zhangsan", STAFF_PASSWORD))).isInstanceOf(AdminException.class)
                    .hasMessageContaining("ZHANGSAN".toLowerCase()).hasMessageContaining("已被停用");
            assertThatThrownBy(() -> Administration.connect(settings("junwu", "wrong-password".toCharArray()))).isInstanceOf(AdminException.class)
                    .hasMessageContaining("用户名或密码不正确");
            assertThatThrownBy(() -> administration.addUser("select", STAFF_PASSWORD, Set.of())).isInstanceOf(AdminException.class);
            assertThatThrownBy(() -> administration.addUser("li-si", STAFF_PASSWORD, Set.of())).hasMessageContaining("li-si");
            assertThatThrownBy(() -> administration.setEnabled("admin", false)).hasMessageContaining("管理员账号");
            administration.remove("zhangsan");
            assertThat(administration.users()).extracting(UserAccount::name).doesNotContain("ZHANGSAN");
        }
        Administration.changeOwnPassword(settings("dongyuan", STAFF_PASSWORD), "dongyuan-new-1".toCharArray());
        try (Store store = open("dongyuan", "dongyuan-new-1".toCharArray())) {
            assertThat(store.access().mayChange(MobilizationPackage.Literals.MILITIA_MEMBER)).isTrue();
        }
        Administration.changeOwnPassword(settings("dongyuan", "dongyuan-new-1".toCharArray()), STAFF_PASSWORD);
    }

    @Test
    void connectionsAreEncryptedAndAPlainClientIsRefused() throws Exception {
        StoreSettings.Server plain = new StoreSettings.Server("127.0.0.1", port, "garrison", "junwu", STAFF_PASSWORD, false);
        assertThatThrownBy(() -> HeadlessStores.open(plain, DepartmentServerTest.class).close()).isInstanceOf(StoreException.class);

        try (RecordingProxy proxy = new RecordingProxy(port)) {
            StoreSettings.Server through = new StoreSettings.Server("localhost", proxy.port(), "garrison", "junwu", STAFF_PASSWORD, true);
            try (Store store = HeadlessStores.open(through, DepartmentServerTest.class); StoreSession session = store.openSession()) {
                assertThat(session.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER))).isEqualTo(2_000);
            }
            byte[] traffic = proxy.recorded();
            assertThat(traffic.length).isGreaterThan(1_000);
            for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, Charset.forName("IBM037"))) {
                assertThat(indexOf(traffic, new String(STAFF_PASSWORD).getBytes(charset))).as(charset.name()).isEqualTo(-1);
                assertThat(indexOf(traffic, "MOBILIZATION_MILITIA_MEMBER".getBytes(charset))).as(charset.name()).isEqualTo(-1);
            }
        }
    }

    @Test
    void aBackupWhileAnotherSessionCommitsRestoresIntoANewFolderWithEveryEarlierCommit() throws Exception {
        AtomicInteger lastCommitted = new AtomicInteger(-1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            try (Store store = open("dongyuan", STAFF_PASSWORD); StoreSession session = store.openSession()) {
                Person person = session.<Person>list(Query.of(CorePackage.Literals.PERSON)).get(3);
                for (int i = 0; writing.get(); i++) {
                    person.setAddress("备份测试 " + i);
                    session.commit();
                    lastCommitted.set(i);
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        writer.start();
        while (lastCommitted.get() < 5 && failures.isEmpty()) {
            Thread.sleep(20);
        }
        int before = lastCommitted.get();
        Path backup;
        try (Administration administration = administration()) {
            backup = administration.backup(department);
            assertThat(administration.verify()).isEmpty();
            assertThat(administration.connectedUsers()).contains("DONGYUAN");
        }
        int after = lastCommitted.get();
        Thread.sleep(200);
        writing.set(false);
        writer.join();
        assertThat(failures).isEmpty();
        assertThat(lastCommitted.get()).isGreaterThan(after);

        DepartmentDatabase restored = new DepartmentDatabase(folder.resolve("restored-" + System.nanoTime()));
        assertThat(restored.restore(backup, "ADMIN", ADMIN_PASSWORD, BOOT_PASSWORD)).isEmpty();
        try (Store store = HeadlessStores.open(new StoreSettings.Embedded(restored.folder(), "garrison", BOOT_PASSWORD, "ADMIN", ADMIN_PASSWORD),
                DepartmentServerTest.class); StoreSession session = store.openSession()) {
            List<Person> marked = session.<Person>list(Query.of(CorePackage.Literals.PERSON)).stream()
                    .filter(p -> p.getAddress() != null && p.getAddress().startsWith("备份测试 ")).toList();
            assertThat(marked).hasSize(1);
            int held = Integer.parseInt(marked.get(0).getAddress().substring("备份测试 ".length()));
            assertThat(held).isBetween(before, after);
        }
        assertThatThrownBy(() -> restored.restore(backup, "ADMIN", ADMIN_PASSWORD, BOOT_PASSWORD)).hasMessageContaining("已经存在");
    }

    @Test
    void theServerBacksUpDailyAtItsHourAndKeepsAsManyAsTheAdministratorSays() throws Exception {
        for (int i = 0; i < 150 && serverLog.stream().noneMatch(line -> line.contains("已备份")); i++) {
            Thread.sleep(100);
        }
        assertThat(serverLog).anyMatch(line -> line.contains("已备份"));
        server.backupNow();
        server.backupNow();
        server.backupNow();
        try (var backups = Files.list(department.backups())) {
            assertThat(backups.filter(p -> p.getFileName().toString().startsWith("garrison-")).count()).isEqualTo(2);
        }
        assertThat(serverLog).anyMatch(line -> line.contains("已按保留份数删除旧备份"));
    }

    @Test
    void aSecondServerOnTheSamePortIsRefusedAndAMissingFolderIsNamed() {
        assertThatThrownBy(() -> DepartmentServer.start(new DepartmentServer.Options(department, InetAddress.getLoopbackAddress(), port, null, 1),
                BOOT_PASSWORD, line -> { })).isInstanceOf(AdminException.class).hasMessageContaining("端口 " + port).hasMessageContaining("已被占用");
        DepartmentDatabase missing = new DepartmentDatabase(folder.resolve("nowhere"));
        assertThatThrownBy(() -> DepartmentServer.start(new DepartmentServer.Options(missing, InetAddress.getLoopbackAddress(), freePort(), null, 1),
                BOOT_PASSWORD, line -> { })).isInstanceOf(AdminException.class).hasMessageContaining(missing.folder().toString()).hasMessageContaining("不存在");
        assertThat(DepartmentServer.isRunning(InetAddress.getLoopbackAddress(), port)).isTrue();
    }

    @Test
    void anotherUsersCommitReachesAnOpenStoreWithinThePollingPeriodAndItsHistoryNamesWhoChangedWhat() throws Exception {
        List<org.garrison.store.CommitEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Store leader = open("lingdao", STAFF_PASSWORD); Store mobilization = open("dongyuan", STAFF_PASSWORD)) {
            leader.addCommitListener(heard::add);
            List<org.garrison.store.CommitEvent> ownHeard = new java.util.concurrent.CopyOnWriteArrayList<>();
            mobilization.addCommitListener(ownHeard::add);
            Person changed;
            String oldPhone;
            try (StoreSession session = mobilization.openSession()) {
                changed = session.<Person>list(Query.of(CorePackage.Literals.PERSON)).get(7);
                oldPhone = changed.getPhone();
                changed.setPhone("13912345678");
                session.commit();
            }
            long waited = 0;
            while (heard.stream().noneMatch(event -> event.touches(CorePackage.Literals.PERSON)) && waited < 10_000) {
                Thread.sleep(100);
                waited += 100;
            }
            org.garrison.store.CommitEvent event = heard.stream().filter(e -> e.touches(CorePackage.Literals.PERSON)).findFirst().orElseThrow();
            assertThat(event.session()).isNull();
            assertThat(event.author()).isEqualTo("DONGYUAN");
            assertThat(event.changes()).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo(org.garrison.store.CommitEvent.Kind.UPDATED);
                assertThat(change.features()).containsExactly("phone");
            });

            try (StoreSession session = leader.openSession()) {
                Person read = session.<Person>list(Query.of(CorePackage.Literals.PERSON)).get(7);
                assertThat(read.getPhone()).isEqualTo("13912345678");
                List<org.garrison.store.RecordChange> history = session.history(read);
                assertThat(history.get(0).kind()).isEqualTo(org.garrison.store.CommitEvent.Kind.INSERTED);
                assertThat(history.get(0).author()).isEqualTo("ADMIN");
                org.garrison.store.RecordChange last = history.get(history.size() - 1);
                assertThat(last.author()).isEqualTo("DONGYUAN");
                assertThat(last.feature()).isEqualTo("phone");
                assertThat(last.oldValue()).isEqualTo(oldPhone);
                assertThat(last.newValue()).isEqualTo("13912345678");
            }
            // the committing store told its listeners once, from the session, and not again when it read the log
            Thread.sleep(2 * Long.getLong("garrison.server.pollMillis", 2_000));
            assertThat(ownHeard).singleElement().satisfies(own -> assertThat(own.session()).isNotNull());
        }
    }

    // --- helpers

    private static Store open(String user, char[] password) throws Exception {
        return HeadlessStores.open(settings(user, password), DepartmentServerTest.class);
    }

    private static StoreSettings.Server settings(String user, char[] password) {
        return new StoreSettings.Server("localhost", port, "garrison", user, password, true);
    }

    private static Administration administration() throws AdminException {
        return Administration.connect(settings("ADMIN", ADMIN_PASSWORD));
    }

    private static Connection client(String user, char[] password) throws SQLException {
        BasicClientDataSource source = new BasicClientDataSource();
        source.setServerName("localhost");
        source.setPortNumber(port);
        source.setDatabaseName("garrison");
        source.setUser(user);
        source.setPassword(new String(password));
        try {
            source.setSsl("peerAuthentication");
        } catch (org.apache.derby.client.am.SqlException e) {
            throw e.getSQLException();
        }
        return source.getConnection();
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static void assertRefused(Work work) {
        assertThatThrownBy(work::run).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42500", "42502", "4250A", "0P000"));
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A loopback proxy in front of the server that keeps every byte the client and server exchange. */
    static final class RecordingProxy implements AutoCloseable {

        private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
        private final int target;

        RecordingProxy(int target) throws Exception {
            this.target = target;
            Thread acceptor = new Thread(this::accept, "recording-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        synchronized byte[] recorded() {
            return recorded.toByteArray();
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    pump(client.getInputStream(), upstream.getOutputStream());
                    pump(upstream.getInputStream(), client.getOutputStream());
                } catch (Exception e) {
                    return;
                }
            }
        }

        private void pump(InputStream from, OutputStream to) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int read; (read = from.read(buffer)) >= 0;) {
                        synchronized (this) {
                            recorded.write(buffer, 0, read);
                        }
                        to.write(buffer, 0, read);
                        to.flush();
                    }
                } catch (Exception e) {
                    // a side closed
                } finally {
                    try {
                        to.close();
                    } catch (Exception ignored) {
                        // closed already
                    }
                }
            }, "recording-proxy-pump");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws Exception {
            listener.close();
        }
    }
}
