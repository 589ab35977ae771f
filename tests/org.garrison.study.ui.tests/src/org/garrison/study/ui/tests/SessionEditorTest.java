package org.garrison.study.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.button;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.whenOpened;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.garrison.internal.study.ui.session.SessionEditor;
import org.garrison.internal.ui.reminders.Reminders;
import org.garrison.model.core.Person;
import org.garrison.model.study.AbsenceReason;
import org.garrison.model.study.MakeUpMethod;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.reminders.Reminder;
import org.junit.jupiter.api.Test;

/**
 * The session editor's roll call, driven as staff use it: two of the department's staff marked
 * absent with their buttons open two make-ups; one is recorded through the 登记补学 dialog, the
 * other, past due, stands in 待办 until it is recorded too. Undo and redo take roll-call changes
 * back whole; Save writes them, and a fresh read finds them.
 */
class SessionEditorTest extends StudyUiTest {

    @Test
    void twoAbsenteesOpenTwoMakeUpsOneRecordedTheOtherPastDueInRemindersUntilRecorded() throws Exception {
        long sessionId;
        Person first;
        Person second;
        SessionEditor editor;
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudyLedger ledger = ledger(reader);
            // a weekly study a month ago or more, everyone present: its make-ups are past due today
            StudySession chosen = ledger.getSessions().stream().filter(s -> s.getKind() == StudyKind.WEEKLY_STUDY && s.getAbsentees().isEmpty()
                    && s.getDate().isBefore(LocalDate.now().minusDays(30)) && s.getDate().getYear() == YEAR).findFirst().orElseThrow();
            sessionId = reader.idOf(chosen).getAsLong();
            editor = (SessionEditor) open(reader, chosen, SessionEditor.ID);
        }
        StudySession session = editor.studySession();
        List<Person> expected = session.getGroup().getMembers();
        assertThat(editor.rollCall().getTable().getItemCount()).isEqualTo(expected.size());
        assertThat(editor.attendanceText()).contains("参学率 100.0%").contains("达到");
        first = expected.get(2);
        second = expected.get(5);

        editor.rollCall().setSelection(new StructuredSelection(List.of(first, second)));
        button((Composite) editor.rollCall().getControl().getParent(), "缺席：病假").notifyListeners(SWT.Selection, null);
        settle();
        assertThat(session.getAbsentees()).containsExactly(first, second);
        assertThat(editor.rollCall().getTable().getItem(2).getText(1)).isEqualTo("缺席（病假）");
        assertThat(editor.rollCall().getTable().getItem(2).getText(3)).startsWith("逾期未补学");
        int present = expected.size() - 2;
        assertThat(editor.attendanceText()).contains("实到 " + present + " 人").contains("缺席 2 人");
        assertThat(editor.isDirty()).isTrue();

        editor.domain().getCommandStack().undo();
        settle();
        assertThat(session.getAbsentees()).as("one command, one undo").isEmpty();
        assertThat(session.getAbsences()).isEmpty();
        editor.domain().getCommandStack().redo();
        settle();
        assertThat(session.getAbsentees()).containsExactly(first, second);

        // the make-up of the first, through the dialog as the user fills it in
        editor.rollCall().setSelection(new StructuredSelection(first));
        whenOpened("登记补学", shell -> {
            Combo method = org.garrison.testing.ui.WorkbenchDriver.find(shell, Combo.class);
            method.select(MakeUpMethod.MAKE_UP_CLASS.getValue());
            button(shell, "登记").notifyListeners(SWT.Selection, null);
        });
        button((Composite) editor.rollCall().getControl().getParent(), "登记补学…").notifyListeners(SWT.Selection, null);
        settle();
        MakeUpStudy madeUp = editor.ledger().getMakeUps().stream().filter(m -> m.getSession() == session).findFirst().orElseThrow();
        assertThat(madeUp.getPerson()).isSameAs(first);
        assertThat(madeUp.getMethod()).isEqualTo(MakeUpMethod.MAKE_UP_CLASS);
        assertThat(editor.rollCall().getTable().getItem(2).getText(3)).contains("已补学").contains("集中补课");
        assertThat(editor.problems()).isEmpty();
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();

        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudySession stored = (StudySession) reader.find(sessionId);
            assertThat(stored.getAbsentees()).extracting(Person::getIdentityNumber).containsExactly(first.getIdentityNumber(), second.getIdentityNumber());
            assertThat(stored.getAbsences()).extracting(a -> a.getReason()).containsOnly(AbsenceReason.SICK_LEAVE);
        }
        assertThat(overdueMakeUpsOf(sessionId)).as("the second's make-up is past due").singleElement()
                .satisfies(reminder -> assertThat(reminder.text()).startsWith(second.getName()));

        editor.recordMakeUp(List.of(second), LocalDate.now(), MakeUpMethod.SELF_STUDY, null);
        settle();
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(overdueMakeUpsOf(sessionId)).as("recorded: no longer due").isEmpty();
    }

    private static List<Reminder> overdueMakeUpsOf(long sessionId) {
        Reminders.get().refreshNow();
        Reminders.Group study = Reminders.get().groups().stream().filter(g -> g.name().equals("政治学习")).findFirst().orElseThrow();
        assertThat(study.failure()).isNull();
        return study.reminders().stream().filter(r -> r.recordId() == sessionId && r.severity() == Reminder.Severity.OVERDUE).toList();
    }

    @Test
    void aMakeUpBeforeTheSessionIsRefusedWithAMessage() throws Exception {
        SessionEditor editor;
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudySession chosen = ledger(reader).getSessions().stream().filter(s -> !s.getAbsentees().isEmpty() && s.getDate().getYear() == YEAR)
                    .findFirst().orElseThrow();
            editor = (SessionEditor) open(reader, chosen, SessionEditor.ID);
        }
        StudySession session = editor.studySession();
        Person absent = session.getAbsentees().get(0);
        editor.recordMakeUp(List.of(absent), session.getDate().minusDays(1), MakeUpMethod.SELF_STUDY, null);
        settle();
        assertThat(editor.problems()).anySatisfy(problem -> assertThat(problem).contains("补学日期"));
        editor.revert();
        settle();
        assertThat(editor.problems()).isEmpty();
    }
}
