import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.internal.study.RegimeCalendar;
import org.garrison.internal.study.StudyLedgers;
import org.garrison.internal.study.StudyRecordBook;
import org.garrison.internal.study.StudyStatistics;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;

/**
 * A year of a district's study in the Derby store: the statistics and the year calendars of every
 * regime, each against the store reads they are built on (the ledger and the persons its sessions
 * name), in one process; and the time to write the year's study record book.
 */
public final class StudyBench {

    private static final int YEAR = 2026;
    private static final LocalDate TODAY = LocalDate.of(YEAR, 12, 31);
    private static final int ROUNDS = 9;

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args[0]);
        Path folder = Files.createTempDirectory("study-bench");
        DerbyDatabase.configureSystem(folder);
        SampleDistrict sample = SampleDistrict.generate(11, size, YEAR);
        growStaffTo30(sample);
        DerbyStore store = DerbyStore.open(new StoreSettings.Embedded(folder, "study", null), PACKAGES,
                records -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());
        try (StoreSession writer = store.openSession()) {
            sample.roots().forEach(writer::add);
            writer.commit();
        }
        System.out.printf("sessions: %d, department staff: %d%n", sample.study().getSessions().size(), sample.study().getGroups().get(1).getMembers().size());

        double[] baseline = new double[ROUNDS];
        double[] statistics = new double[ROUNDS];
        double[] calendars = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            baseline[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    touch(StudyLedgers.read(session));
                }
            });
            statistics[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    StudyLedger ledger = StudyLedgers.read(session);
                    touch(ledger);
                    StudyStatistics.ofYear(ledger, null, YEAR, TODAY, 14);
                    for (StudyGroup group : ledger.getGroups()) {
                        StudyStatistics.ofYear(ledger, group, YEAR, TODAY, 14);
                    }
                }
            });
            calendars[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    StudyLedger ledger = StudyLedgers.read(session);
                    touch(ledger);
                    for (StudyRegime regime : ledger.getRegimes()) {
                        RegimeCalendar.byMonth(RegimeCalendar.occurrences(regime, ledger.getSessions(), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), TODAY));
                    }
                }
            });
        }
        double base = median(baseline);
        System.out.printf("read the ledger and its persons: %.0f ms%n", base);
        System.out.printf("open the statistics (everyone and each group): %.0f ms, ratio %.2f%n", median(statistics), median(statistics) / base);
        System.out.printf("open every regime's year calendar: %.0f ms, ratio %.2f%n", median(calendars), median(calendars) / base);

        double[] book = new double[5];
        int[] written = new int[1];
        for (int round = 0; round < book.length; round++) {
            Path file = folder.resolve("book" + round + ".docx");
            book[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    StudyLedger ledger = StudyLedgers.read(session);
                    List<StudySession> held = StudyLedgers.held(ledger, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), TODAY);
                    written[0] = held.size();
                    StudyRecordBook.writeRecordBook(held, ledger.getMakeUps(), "学习记录本", TODAY, file, Locale.CHINA);
                }
            });
        }
        System.out.printf("write the year's study record book (%d sessions): %.0f ms, ratio to reading the ledger %.2f%n", written[0], median(book),
                median(book) / base);
        store.close();
    }

    /** The persons every session names, read as the statistics read them. */
    private static void touch(StudyLedger ledger) {
        int names = 0;
        for (StudySession session : ledger.getSessions()) {
            for (Person person : session.getAttendees()) {
                names += person.getName().length();
            }
            for (Person person : session.getAbsentees()) {
                names += person.getName().length();
            }
        }
        if (names == 0) {
            throw new AssertionError("no persons read");
        }
    }

    /** The department's staff grown to 30 with persons of the district, present at the department's sessions. */
    private static void growStaffTo30(SampleDistrict sample) {
        StudyGroup staff = sample.study().getGroups().get(1);
        List<Person> more = sample.district().getPersons().stream().filter(person -> !staff.getMembers().contains(person)
                && person.ageOn(LocalDate.of(YEAR, 1, 1)) >= 22).limit(30 - staff.getMembers().size()).toList();
        staff.getMembers().addAll(more);
        for (StudySession session : sample.study().getSessions()) {
            if (session.getGroup() == staff) {
                session.getAttendees().addAll(more);
            }
        }
    }

    private static final List<org.eclipse.emf.ecore.EPackage> PACKAGES = List.of(CorePackage.eINSTANCE,
            org.garrison.model.study.StudyPackage.eINSTANCE, org.garrison.model.training.TrainingPackage.eINSTANCE,
            org.garrison.model.mobilization.MobilizationPackage.eINSTANCE, org.garrison.model.security.SecurityPackage.eINSTANCE);

    interface Work {
        void run() throws Exception;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
