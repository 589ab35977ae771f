package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;

import java.time.LocalDate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.IEditorPart;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.internal.ui.problems.CheckRecordsHandler;
import org.garrison.internal.ui.problems.ProblemsView;
import org.garrison.internal.ui.problems.StoredProblems;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.study.Absence;
import org.garrison.model.study.AbsenceReason;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database that breaks a rule still opens: 编辑 > 检查全部记录 lists the stored record's problem in the
 * Problems view, double-click opens that record with the problem shown, and Save is refused only for it —
 * another record's change is stored.
 */
class StoredProblemsTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        settle();
    }

    @Test
    void aRecordBrokenByAnotherRecordsChangeIsListedOpenedAndOnlyItsSaveIsRefused() throws Exception {
        long makeUpId;
        long sessionId;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            District district = CoreFactory.eINSTANCE.createDistrict();
            district.setName("检查测试区");
            district.setCode("320102");
            Person person = CoreFactory.eINSTANCE.createPerson();
            person.setName("补学测试");
            person.setIdentityNumber(IdentityNumber.of("320102", LocalDate.of(1985, 6, 1), 31));
            district.getPersons().add(person);
            StudyLedger ledger = StudyFactory.eINSTANCE.createStudyLedger();
            ledger.setDistrict(district);
            StudySession studied = StudyFactory.eINSTANCE.createStudySession();
            studied.setDate(LocalDate.of(2026, 3, 2));
            studied.setKind(StudyKind.WEEKLY_STUDY);
            studied.setTopic("检查测试学习");
            studied.getAbsentees().add(person);
            Absence absence = StudyFactory.eINSTANCE.createAbsence();
            absence.setPerson(person);
            absence.setReason(AbsenceReason.SICK_LEAVE);
            studied.getAbsences().add(absence);
            ledger.getSessions().add(studied);
            MakeUpStudy makeUp = StudyFactory.eINSTANCE.createMakeUpStudy();
            makeUp.setPerson(person);
            makeUp.setSession(studied);
            makeUp.setDate(LocalDate.of(2026, 3, 5));
            ledger.getMakeUps().add(makeUp);
            session.add(district);
            session.add(ledger);
            session.commit();
            makeUpId = session.idOf(makeUp).getAsLong();
            sessionId = session.idOf(studied).getAsLong();

            // the roll call corrected later: present after all; the make-up, not touched, now contradicts it
            studied.getAbsences().clear();
            studied.getAbsentees().clear();
            studied.getAttendees().add(person);
            session.commit();
        }

        command("org.garrison.ui.checkRecords");
        Job.getJobManager().join(CheckRecordsHandler.FAMILY, new NullProgressMonitor());
        ProblemsView view = (ProblemsView) page().findView(GarrisonUI.PROBLEMS_VIEW_ID);
        assertThat(view).as("the command shows the Problems view").isNotNull();
        settle();
        StoredProblems.Problem problem = view.storedProblems().stream().filter(p -> p.recordId() == makeUpId).findFirst().orElseThrow();
        assertThat(problem.message()).contains("补学测试").contains("无需补学");
        assertThat(problem.field()).isEqualTo("学习活动");
        assertThat(view.storedProblems()).as("the rest of the store keeps the rules").allSatisfy(p -> assertThat(p.message()).contains("补学测试"));
        waitUntil(() -> ((TableViewer) view.getSite().getSelectionProvider()).getTable().getItemCount() == view.storedProblems().size());
        assertThat(view.getContentDescription()).contains(view.storedProblems().size() + " 个问题");

        IEditorPart opened = view.open(problem);
        settle();
        assertThat(opened).isInstanceOf(RecordEditor.class);
        RecordEditor editor = (RecordEditor) opened;
        assertThat(editor.problems()).anySatisfy(message -> assertThat(message).contains("无需补学"));
        ((MakeUpStudy) editor.record()).setDate(LocalDate.of(2026, 3, 6));
        NullProgressMonitor monitor = new NullProgressMonitor();
        editor.doSave(monitor);
        assertThat(monitor.isCanceled()).as("the broken record's save is refused").isTrue();

        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            StudySession other = (StudySession) session.find(sessionId);
            other.setTopic("检查测试学习（更正）");
            session.commit(); // another record of the same database is saved
        }
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            assertThat(((StudySession) session.find(sessionId)).getTopic()).isEqualTo("检查测试学习（更正）");
            assertThat(((MakeUpStudy) session.find(makeUpId)).getDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        }
    }
}
