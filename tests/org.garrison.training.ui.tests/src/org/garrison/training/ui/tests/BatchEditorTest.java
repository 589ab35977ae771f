package org.garrison.training.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.whenOpened;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.garrison.internal.training.TrainingCoverage;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.internal.training.ui.BatchEditor;
import org.garrison.internal.training.ui.TrainingUi;
import org.garrison.model.core.Grade;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.training.PlanSubject;
import org.garrison.model.training.TrainingBatch;
import org.garrison.model.training.TrainingFactory;
import org.garrison.model.training.TrainingKind;
import org.garrison.model.training.TrainingLedger;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.garrison.testing.ui.TableDriver;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.chooser.ChooserFilter;
import org.garrison.ui.chooser.ChooserProfile;
import org.garrison.ui.chooser.ChooserProfiles;
import org.junit.jupiter.api.Test;

/**
 * A batch for the core militia of one town not trained this year: the chooser's filter yields exactly
 * the hand-filtered members; they go on the batch; scores typed into the grid give grades, a missing cell
 * is counted, a score out of range is refused with a message, undo and redo; closing is refused until
 * everyone is assessed, then marks the members trained; Save stores it all.
 */
class BatchEditorTest extends TrainingUiTest {

    @Test
    void aBatchForTheUntrainedCoreMilitiaAssessedAndClosed() throws Exception {
        LocalDate today = TrainingUi.today();
        long batchId;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingLedger ledger = ledger(session);
            // an earlier run on the same test database trained them: its batch goes
            if (ledger.getBatches().removeIf(batch -> batch.getName().equals("补训批次"))) {
                session.commit();
            }
            TrainingBatch batch = TrainingFactory.eINSTANCE.createTrainingBatch();
            batch.setName("补训批次");
            batch.setKind(TrainingKind.EMERGENCY_UNIT);
            batch.setStartDate(today.minusDays(10));
            batch.setEndDate(today.minusDays(6));
            batch.setPlace("区民兵训练基地");
            batch.setPlan(TrainingLedgers.plan(ledger, YEAR));
            batch.getSubjects().addAll(batch.getPlan().getSubjects().stream().filter(subject -> subject.getKind() == TrainingKind.EMERGENCY_UNIT).toList());
            ledger.getBatches().add(batch);
            session.commit();
            batchId = session.idOf(batch).getAsLong();
        }
        BatchEditor editor;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            editor = (BatchEditor) open(session, session.find(batchId), TrainingUi.BATCH_EDITOR);
        }
        assertThat(editor.grid().subjects()).hasSize(3);

        // the chooser of trainees offers the training area's filter beside the roster's own
        ChooserProfile members = ChooserProfiles.of(org.garrison.model.core.CorePackage.Literals.PERSON).get(0);
        ChooserFilter training = ChooserProfiles.filtersOf(members, editor.session()).stream().filter(filter -> filter.label().equals("训练情况"))
                .findFirst().orElseThrow();
        Condition untrained = training.choices().get(0).condition();
        assertThat(training.choices().get(0).label()).isEqualTo("本年度未参训的基干民兵");
        List<MilitiaMember> filtered = editor.session().list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER).where(untrained));
        assertThat(filtered).extracting(member -> member.getPerson().getIdentityNumber()).containsExactlyInAnyOrderElementsOf(handFiltered(today));
        assertThat(filtered).isNotEmpty();

        // of them, those already serving when the batch began (a member who joined since may not be trained in it)
        LocalDate start = ((TrainingBatch) editor.batch()).getStartDate();
        List<org.eclipse.emf.ecore.EObject> chosen = new ArrayList<>(filtered.stream().filter(member -> !member.getJoinDate().isAfter(start))
                .map(MilitiaMember::getPerson).toList());
        assertThat(chosen).isNotEmpty();
        editor.trainees().add(chosen);
        settle();
        assertThat(editor.problems()).as("all serving on the first day").isEmpty();
        int trainees = chosen.size();
        assertThat(editor.table().shownRows()).hasSize(trainees);
        assertThat(editor.grid().missing()).hasSize(trainees * 3);
        assertThat(editor.summary()).startsWith("应考核" + trainees * 3 + "项，已录入0项，缺考" + trainees * 3 + "项");

        // on the 人人考核 tab, column 2 is the first subject's score, 3 its grade
        editor.folder().setSelection(1);
        settle();
        TableDriver.typeIntoCell(editor.table(), 0, 2, "95");
        Person first = editor.grid().trainees().get(0);
        PlanSubject shooting = editor.grid().subjects().get(0);
        assertThat(editor.grid().assessment(first, shooting).getGrade()).isEqualTo(Grade.EXCELLENT);
        assertThat(editor.table().visibleColumns().get(3).value().apply(editor.table().shownRows().get(0))).as("the grade column").isEqualTo("优秀");
        assertThat(editor.grid().missing()).hasSize(trainees * 3 - 1);
        assertThat(editor.isDirty()).isTrue();
        command("org.eclipse.ui.edit.undo");
        assertThat(editor.grid().assessment(first, shooting)).isNull();
        command("org.eclipse.ui.edit.redo");
        assertThat(editor.grid().score(first, shooting)).isEqualTo(95.0);

        List<String> refusal = new ArrayList<>();
        whenOpened(shooting.getName(), shell -> refusal.addAll(org.garrison.testing.ui.WorkbenchDriver.labels(shell)));
        TableDriver.typeIntoCell(editor.table(), 0, 2, "105");
        assertThat(refusal).anySatisfy(text -> assertThat(text).contains("不在0至100之间"));
        assertThat(editor.grid().score(first, shooting)).as("refused, not changed").isEqualTo(95.0);

        assertThat(editor.closeBatch(false)).contains("还有" + (trainees * 3 - 1) + "项考核未录入");
        for (Person trainee : editor.grid().trainees()) {
            for (PlanSubject subject : editor.grid().subjects()) {
                if (editor.grid().assessment(trainee, subject) == null) {
                    editor.score(trainee, subject, 72.0);
                }
            }
        }
        settle();
        assertThat(editor.grid().missing()).isEmpty();
        assertThat(editor.closeBatch(false)).isNull();
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();

        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingBatch stored = (TrainingBatch) session.find(batchId);
            assertThat(stored.getClosedOn()).isEqualTo(today);
            assertThat(stored.getAssessments()).hasSize(trainees * 3);
            assertThat(stored.getTrainees()).hasSize(trainees);
            List<MilitiaMember> marked = session.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)
                    .where(Condition.in(MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, stored.getTrainees())));
            assertThat(marked).isNotEmpty().allSatisfy(member -> assertThat(member.isTrained()).isTrue());
            assertThat(TrainingCoverage.compute(session, today.getYear(), today).untrained(session)).as("none of them untrained now")
                    .extracting(MilitiaMember::getPerson).doesNotContainAnyElementsOf(stored.getTrainees());
        }
    }

    /** Core members serving today whom no batch of this year closed by today trained, counted by hand over the stored records: their identity numbers. */
    private static List<String> handFiltered(LocalDate today) throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            Set<Person> trained = new java.util.HashSet<>();
            for (TrainingBatch batch : ledger(session).getBatches()) {
                if (batch.getClosedOn() != null && !batch.getClosedOn().isAfter(today) && batch.getEndDate().getYear() == today.getYear()) {
                    trained.addAll(batch.getTrainees());
                }
            }
            List<String> persons = new ArrayList<>();
            for (Object member : session.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)
                    .where(Condition.eq(MobilizationPackage.Literals.MILITIA_MEMBER__CATEGORY, MilitiaCategory.CORE)))) {
                MilitiaMember core = (MilitiaMember) member;
                boolean serving = !core.getJoinDate().isAfter(today) && (core.getLeaveDate() == null || core.getLeaveDate().isAfter(today));
                if (serving && !trained.contains(core.getPerson())) {
                    persons.add(core.getPerson().getIdentityNumber());
                }
            }
            return persons;
        }
    }
}
