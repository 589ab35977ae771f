import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.internal.training.AssessmentGrid;
import org.garrison.internal.training.GradeScale;
import org.garrison.internal.training.TrainingCoverage;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.training.Assessment;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettings;
import org.garrison.store.query.Query;

/**
 * The training area in the Derby store, each against the store reads it is built on, in one process:
 * the assessment grid of a batch of 500 trainees in 8 subjects (4,000 cells, 40 missing) against loading
 * the batch with its trainees and assessments; the coverage of the core militia, counted by the
 * database, against loading every militia member of the district.
 */
public final class TrainingBench {

    private static final int YEAR = 2026;
    private static final LocalDate TODAY = LocalDate.of(YEAR, 12, 31);
    private static final int ROUNDS = 9;

    public static void main(String[] args) throws Exception {
        SampleSize size = SampleSize.valueOf(args[0]);
        Path folder = Files.createTempDirectory("training-bench");
        DerbyDatabase.configureSystem(folder);
        SampleDistrict sample = SampleDistrict.generate(11, size, YEAR);
        TrainingBatch big = bigBatch(sample);
        DerbyStore store = DerbyStore.open(new StoreSettings.Embedded(folder, "training", null), PACKAGES,
                records -> new org.eclipse.emf.common.util.BasicDiagnostic(), List.of());
        try (StoreSession writer = store.openSession()) {
            sample.roots().forEach(writer::add);
            writer.commit();
        }
        System.out.printf("militia members: %d, the big batch: %d trainees × %d subjects, %d assessments%n", size.militiaMembers(),
                big.getTrainees().size(), big.getSubjects().size(), big.getAssessments().size());

        double[] load = new double[ROUNDS];
        double[] grid = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            load[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    touch(read(session));
                }
            });
            grid[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    TrainingBatch batch = read(session);
                    touch(batch);
                    AssessmentGrid opened = new AssessmentGrid(batch, GradeScale.DEFAULT);
                    int missing = opened.missing().size();
                    for (Person trainee : opened.trainees()) {
                        missing += opened.missing(trainee); // the grid's last column
                        for (PlanSubject subject : opened.subjects()) {
                            opened.score(trainee, subject); // every cell shown
                        }
                    }
                    for (PlanSubject subject : opened.subjects()) {
                        opened.result(subject);
                    }
                    if (missing != 80 || opened.passRate() < 0) {
                        throw new AssertionError("missing " + missing);
                    }
                }
            });
        }
        double base = median(load);
        System.out.printf("load the batch, its trainees and assessments: %.0f ms%n", base);
        System.out.printf("open its assessment grid: %.0f ms, ratio %.2f%n", median(grid), median(grid) / base);

        double[] members = new double[5];
        double[] coverage = new double[5];
        for (int round = 0; round < members.length; round++) {
            members[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    List<MilitiaMember> all = session.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER));
                    if (all.size() != size.militiaMembers()) {
                        throw new AssertionError(all.size());
                    }
                }
            });
            coverage[round] = time(() -> {
                try (StoreSession session = store.openSession()) {
                    TrainingCoverage counted = TrainingCoverage.compute(session, YEAR, TODAY);
                    if (counted.core() == 0) {
                        throw new AssertionError("no core militia");
                    }
                }
            });
        }
        System.out.printf("load the district's %d members: %.0f ms%n", size.militiaMembers(), median(members));
        System.out.printf("coverage of the core militia by town and unit (database): %.0f ms, ratio %.2f%n", median(coverage),
                median(coverage) / median(members));
        store.close();
    }

    private static TrainingBatch read(StoreSession session) throws Exception {
        TrainingLedger ledger = TrainingLedgers.read(session);
        TrainingBatch batch = ledger.getBatches().stream().filter(each -> each.getName().equals("大批次")).findFirst().orElseThrow();
        session.resolve(List.of(batch), TrainingPackage.Literals.TRAINING_BATCH__TRAINEES);
        return batch;
    }

    /** Every trainee's name and every assessment's score: what the grid shows. */
    private static void touch(TrainingBatch batch) {
        int read = 0;
        for (Person trainee : batch.getTrainees()) {
            read += trainee.getName().length();
        }
        for (Assessment assessment : batch.getAssessments()) {
            read += (int) assessment.getScore() + assessment.getTrainee().getName().length();
        }
        if (read == 0) {
            throw new AssertionError("nothing read");
        }
    }

    /** 500 core members (of age and serving in March) in 8 subjects, every cell assessed but 40. */
    private static TrainingBatch bigBatch(SampleDistrict sample) {
        TrainingFactory training = TrainingFactory.eINSTANCE;
        TrainingBatch batch = training.createTrainingBatch();
        batch.setName("大批次");
        batch.setKind(TrainingKind.INTEGRATED_CORE);
        batch.setStartDate(LocalDate.of(YEAR, 10, 12));
        batch.setEndDate(LocalDate.of(YEAR, 10, 23));
        batch.setPlace("区民兵训练基地");
        var plan = sample.training().getPlans().get(0);
        batch.setPlan(plan);
        List<PlanSubject> subjects = new ArrayList<>(plan.getSubjects().stream().filter(subject -> subject.getKind() == TrainingKind.INTEGRATED_CORE).toList());
        for (String name : List.of("体能训练", "野外生存", "通信保障")) {
            PlanSubject subject = training.createPlanSubject();
            subject.setName(name);
            subject.setHours(8);
            subject.setKind(TrainingKind.INTEGRATED_CORE);
            plan.getSubjects().add(subject);
            subjects.add(subject);
        }
        batch.getSubjects().addAll(subjects.subList(0, 8));
        List<Person> trainees = new ArrayList<>();
        for (var unit : sample.mobilization().getUnits()) {
            collect(unit, trainees);
        }
        batch.getTrainees().addAll(trainees.subList(0, 500));
        int cell = 0;
        for (Person trainee : batch.getTrainees()) {
            for (PlanSubject subject : batch.getSubjects()) {
                if (cell++ % 100 == 7) {
                    continue; // 40 missing
                }
                Assessment assessment = training.createAssessment();
                assessment.setTrainee(trainee);
                assessment.setSubject(subject);
                assessment.setScore(55 + cell % 45);
                assessment.setGrade(GradeScale.DEFAULT.gradeOf(assessment.getScore()));
                batch.getAssessments().add(assessment);
            }
        }
        sample.training().getBatches().add(batch);
        return batch;
    }

    private static void collect(org.garrison.model.mobilization.MilitiaUnit unit, List<Person> persons) {
        for (MilitiaMember member : unit.getMembers()) {
            if (member.getCategory() == org.garrison.model.mobilization.MilitiaCategory.CORE && member.getPerson().ageOn(LocalDate.of(YEAR, 10, 12)) >= 18
                    && !member.getJoinDate().isAfter(LocalDate.of(YEAR, 10, 12))) {
                persons.add(member.getPerson());
            }
        }
        unit.getSubUnits().forEach(sub -> collect(sub, persons));
    }

    private static final List<org.eclipse.emf.ecore.EPackage> PACKAGES = List.of(CorePackage.eINSTANCE,
            org.garrison.model.study.StudyPackage.eINSTANCE, TrainingPackage.eINSTANCE, MobilizationPackage.eINSTANCE,
            org.garrison.model.security.SecurityPackage.eINSTANCE);

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
