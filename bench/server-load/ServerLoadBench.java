import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.garrison.admin.Administration;
import org.garrison.admin.DepartmentDatabase;
import org.garrison.admin.DepartmentServer;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.internal.store.derby.objects.CommitValidator;
import org.garrison.internal.store.derby.schema.ModelMigrations;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.ConflictException;
import org.garrison.store.Role;
import org.garrison.store.Store;
import org.garrison.store.StoreProvider;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.store.query.Query;

/**
 * Issue 18's load: CLIENTS clients for SECONDS seconds against one department server (TLS, roles),
 * each editing random persons of the district and committing, 5% of the edits on the same ten records;
 * commits per second, median and 95th-percentile commit time, conflicts; then every committed change
 * is checked in the database and in the change log exactly once (a per-record counter in the address).
 * The same loop on the embedded database gives the ratio. Not a test: bench/server-load-bench.
 */
public final class ServerLoadBench {

    private static final char[] ADMIN = "bench-admin-2026".toCharArray();
    private static final char[] BOOT = "bench-boot-2026".toCharArray();
    private static final char[] STAFF = "bench-staff-2026".toCharArray();

    record Result(String name, long commits, long conflicts, double seconds, List<Long> nanos, int checked, int lost, int logged) {
        void print() {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
            double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95))) / 1e6;
            System.out.printf("%-9s %7d commits in %5.1f s = %7.1f commits/s; commit median %6.1f ms, p95 %6.1f ms; %d conflicts reported%n", name, commits,
                    seconds, commits / seconds, median, p95, conflicts);
            System.out.printf("          checked %d records: %d lost updates, %d records whose change-log count differs%n", checked, lost, logged);
        }
    }

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path folder = Files.createTempDirectory("garrison-load");
        StoreProvider provider = settings -> DerbyStore.open(settings, List.of(org.garrison.model.core.CorePackage.eINSTANCE,
                org.garrison.model.study.StudyPackage.eINSTANCE, org.garrison.model.training.TrainingPackage.eINSTANCE,
                org.garrison.model.mobilization.MobilizationPackage.eINSTANCE, org.garrison.model.security.SecurityPackage.eINSTANCE),
                CommitValidator.EMF, ModelMigrations.all());

        DepartmentDatabase department = new DepartmentDatabase(folder.resolve("department"));
        long started = System.nanoTime();
        department.create("admin", ADMIN, BOOT, "localhost", provider);
        StoreSettings.Embedded owner = new StoreSettings.Embedded(department.folder(), "garrison", BOOT, "ADMIN", ADMIN);
        try (Store store = provider.open(owner); StoreSession session = store.openSession()) {
            SampleDistrict.generate(2026, size, LocalDate.of(2026, 6, 30)).roots().forEach(session::add);
            session.commit();
        }
        System.out.printf("department database with the %s district (%,d members) written in %.0f s%n", size, size.militiaMembers(),
                (System.nanoTime() - started) / 1e9);
        try {
            new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:;shutdown=true", new java.util.Properties());
        } catch (java.sql.SQLException expected) {
            // XJ015: the server boots the engine anew with its own settings
        }
        System.setProperty("javax.net.ssl.trustStore", department.trustStore().toString());
        System.setProperty("javax.net.ssl.trustStorePassword", DepartmentDatabase.TRUST_STORE_PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Result server;
        try (DepartmentServer running = DepartmentServer.start(new DepartmentServer.Options(department, InetAddress.getLoopbackAddress(), port, null, 1), BOOT,
                System.out::println)) {
            StoreSettings.Server adminSettings = new StoreSettings.Server("localhost", port, "garrison", "admin", ADMIN, true);
            try (Administration administration = Administration.connect(adminSettings)) {
                administration.addUser("load", STAFF, Set.of(Role.MOBILIZATION));
            }
            server = run("server", provider, new StoreSettings.Server("localhost", port, "garrison", "load", STAFF, true), clients, seconds);
        }
        server.print();
        Result embedded = run("embedded", provider, owner, clients, seconds);
        embedded.print();
        System.out.printf("ratio server/embedded: %.2f (commits per second)%n", (server.commits() / server.seconds()) / (embedded.commits() / embedded.seconds()));
    }

    private static Result run(String name, StoreProvider provider, StoreSettings settings, int clients, int seconds) throws Exception {
        try (Store store = provider.open(settings)) {
            List<Long> ids = new ArrayList<>();
            try (StoreSession reader = store.openSession()) {
                for (Person person : reader.<Person>list(Query.of(CorePackage.Literals.PERSON))) {
                    ids.add(reader.idOf(person).getAsLong());
                }
            }
            List<Long> hot = ids.subList(0, 10);
            Map<Long, AtomicInteger> committed = new ConcurrentHashMap<>();
            Map<Long, Integer> before = counters(store, ids);
            AtomicLong conflicts = new AtomicLong();
            List<Long> nanos = new CopyOnWriteArrayList<>();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            long begun = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                long seed = c;
                Thread thread = new Thread(() -> {
                    Random random = new Random(seed);
                    try (StoreSession session = store.openSession()) {
                        while (System.nanoTime() < end) {
                            long id = random.nextInt(100) < 5 ? hot.get(random.nextInt(hot.size())) : ids.get(random.nextInt(ids.size()));
                            session.rollback();
                            Person person = (Person) session.find(id);
                            person.setAddress("计数 " + (counter(person.getAddress()) + 1));
                            long start = System.nanoTime();
                            try {
                                session.commit();
                                nanos.add(System.nanoTime() - start);
                                committed.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                            } catch (ConflictException e) {
                                conflicts.incrementAndGet();
                                session.rollback();
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }, name + "-client-" + c);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - begun) / 1e9;
            if (!failures.isEmpty()) {
                failures.get(0).printStackTrace();
            }
            Map<Long, Integer> after = counters(store, List.copyOf(committed.keySet()));
            int lost = 0;
            for (Map.Entry<Long, AtomicInteger> entry : committed.entrySet()) {
                if (after.get(entry.getKey()) != before.getOrDefault(entry.getKey(), 0) + entry.getValue().get()) {
                    lost++;
                }
            }
            int logged = 0;
            try (StoreSession session = store.openSession()) {
                for (Map.Entry<Long, AtomicInteger> entry : committed.entrySet()) {
                    Person person = (Person) session.find(entry.getKey());
                    long updates = session.history(person).stream().filter(change -> "address".equals(change.feature())
                            && change.newValue() != null && change.newValue().startsWith("计数 ")).count();
                    if (updates != after.get(entry.getKey())) {
                        logged++;
                    }
                }
            }
            return new Result(name, nanos.size(), conflicts.get(), elapsed, nanos, committed.size(), lost, logged);
        }
    }

    private static Map<Long, Integer> counters(Store store, List<Long> ids) throws Exception {
        Map<Long, Integer> counters = new java.util.HashMap<>();
        try (StoreSession session = store.openSession()) {
            for (Long id : ids) {
                counters.put(id, counter(((Person) session.find(id)).getAddress()));
            }
        }
        return counters;
    }

    private static int counter(String address) {
        return address != null && address.startsWith("计数 ") ? Integer.parseInt(address.substring(3)) : 0;
    }
}
