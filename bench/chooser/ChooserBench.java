import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.internal.store.derby.schema.SqlNames;
import org.garrison.internal.ui.chooser.NamedRecordsProfile;
import org.garrison.internal.ui.chooser.RecordSearch;
import org.garrison.model.core.Attachment;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;

/**
 * Type-ahead against raw SQL, and loading persons with attachments against without, each pair in
 * one process on the same machine.
 */
public final class ChooserBench {

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args[0]);
        String part = args.length > 1 ? args[1] : "all";
        Path folder = Files.createTempDirectory("chooser-bench");
        DerbyDatabase.configureSystem(folder);
        SampleDistrict sample = SampleDistrict.generate(7, size, 2026);
        List<String> names = sample.district().getPersons().stream().map(Person::getName).toList();
        DerbyStore store = open(folder, "plain");
        try (StoreSession writer = store.openSession()) {
            sample.roots().forEach(writer::add);
            writer.commit();
        }
        System.out.printf("persons: %d%n", names.size());
        if (!part.equals("attachments")) {
            typeAhead(store, folder, names);
        }
        store.close();
        if (part.equals("typeahead")) {
            return;
        }

        SampleDistrict withFiles = SampleDistrict.generate(7, size, 2026);
        byte[] scan = new byte[1024 * 1024];
        new Random(1).nextBytes(scan);
        List<Person> persons = withFiles.district().getPersons();
        for (int i = 0; i < Math.min(2000, persons.size()); i++) {
            Attachment attachment = CoreFactory.eINSTANCE.createAttachment();
            attachment.setName("扫描件" + i + ".pdf");
            attachment.setMediaType("application/pdf");
            attachment.setContent(scan);
            persons.get(i * Math.max(1, persons.size() / 2000)).getAttachments().add(attachment);
        }
        DerbyStore attached = open(folder, "attached");
        try (StoreSession writer = attached.openSession()) {
            withFiles.roots().forEach(writer::add);
            writer.commit();
        }
        DerbyStore plain = open(folder, "plain");
        double without = median(5, () -> loadDistrict(plain));
        double with = median(5, () -> loadDistrict(attached));
        System.out.printf("load every person: %.0f ms with 2,000 attachments of 1 MB, %.0f ms without; ratio %.2f%n", with, without, with / without);
        plain.close();
        attached.close();
    }

    private static final List<org.eclipse.emf.ecore.EPackage> PACKAGES = List.of(CorePackage.eINSTANCE,
            org.garrison.model.study.StudyPackage.eINSTANCE, org.garrison.model.training.TrainingPackage.eINSTANCE,
            org.garrison.model.mobilization.MobilizationPackage.eINSTANCE, org.garrison.model.security.SecurityPackage.eINSTANCE);

    private static DerbyStore open(Path folder, String name) throws Exception {
        return DerbyStore.open(new StoreSettings.Embedded(folder, name, null), PACKAGES,
                records -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());
    }

    private static void loadDistrict(DerbyStore store) throws Exception {
        try (StoreSession session = store.openSession()) {
            District district = session.<District>loadRoots(CorePackage.Literals.DISTRICT).get(0);
            if (district.getPersons().isEmpty()) {
                throw new AssertionError();
            }
        }
    }

    /** One keystroke each: the prefixes staff type (the first one, two and three characters of a name). */
    private static void typeAhead(DerbyStore store, Path folder, List<String> names) throws Exception {
        Random random = new Random(3);
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = names.get(random.nextInt(names.size()));
            prefixes.add(name.substring(0, Math.min(name.length(), 1 + i % 3)));
        }
        NamedRecordsProfile persons = new NamedRecordsProfile(CorePackage.Literals.PERSON);
        String table = SqlNames.table(CorePackage.Literals.PERSON);
        String name = SqlNames.quote(SqlNames.column(CorePackage.Literals.PERSON__NAME));
        String number = SqlNames.quote(SqlNames.column(CorePackage.Literals.PERSON__IDENTITY_NUMBER));
        DerbyDatabase database = new DerbyDatabase(folder, "plain", null);
        double[] ours = new double[prefixes.size()];
        double[] raw = new double[prefixes.size()];
        try (Connection connection = database.connect()) {
            for (int round = 0; round < 2; round++) { // the first round warms both up
                for (int i = 0; i < prefixes.size(); i++) {
                    String prefix = prefixes.get(i);
                    long start = System.nanoTime();
                    try (StoreSession session = store.openSession()) {
                        RecordSearch.search(session, persons, prefix, List.of(), List.of(), 12);
                    }
                    ours[i] = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    rawSearch(connection, table, name, number, prefix);
                    raw[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        double oursMedian = median(ours);
        double rawMedian = median(raw);
        System.out.printf("type-ahead per keystroke (median of %d): %.1f ms through the chooser, %.1f ms raw SQL; ratio %.2f%n",
                prefixes.size(), oursMedian, rawMedian, oursMedian / rawMedian);
    }

    /** The same answer in plain SQL: how many match, and the first page of them with their fields. */
    private static void rawSearch(Connection connection, String table, String name, String number, String prefix) throws Exception {
        String where = " WHERE " + name + " LIKE ? OR " + number + " LIKE ?";
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table + where)) {
            count.setString(1, prefix + "%");
            count.setString(2, prefix + "%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
            }
        }
        try (PreparedStatement page = connection.prepareStatement("SELECT * FROM " + table + where + " ORDER BY " + name + " FETCH FIRST 12 ROWS ONLY")) {
            page.setString(1, prefix + "%");
            page.setString(2, prefix + "%");
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    rows.getString(name.replace("\"", ""));
                }
            }
        }
        connection.rollback();
    }

    interface Work {
        void run() throws Exception;
    }

    private static double median(int times, Work work) throws Exception {
        double[] took = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            work.run();
            took[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(took);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
