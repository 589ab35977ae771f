package org.garrison.study.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.CommandStack;
import org.garrison.internal.study.Due;
import org.garrison.internal.study.MakeUpTally;
import org.garrison.internal.study.MakeUps;
import org.garrison.internal.study.OpenMakeUp;
import org.garrison.internal.study.RollCall;
import org.garrison.internal.study.StudyDues;
import org.garrison.model.study.AbsenceReason;
import org.garrison.model.study.MakeUpMethod;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudySession;
import org.garrison.model.validation.RecordValidation;
import org.junit.jupiter.api.Test;

/**
 * The roll call of a session on 2026-03-02 with two absentees: each absence opens a make-up due 14
 * days later; one is recorded, the other, still open on the 20th, is a reminder until it is recorded.
 * Every roll-call change is one command that undo takes back whole.
 */
class RollCallAndMakeUpsTest {

    private static final int DAYS = 14;
    private final HandMadeStudy study = new HandMadeStudy();
    private final CommandStack stack = study.domain.getCommandStack();

    @Test
    void twoAbsenteesOpenTwoMakeUpsAndTheOnePastDueIsAReminderUntilRecorded() {
        StudySession session = study.session(LocalDate.of(2026, 3, 2), StudyKind.WEEKLY_STUDY, study.weekly, List.of(), List.of());
        stack.execute(RollCall.fillFromGroup(study.domain, session));
        assertThat(session.getAttendees()).containsExactly(study.zhang, study.wang, study.li);
        stack.execute(RollCall.mark(study.domain, session, study.wang, AbsenceReason.SICK_LEAVE));
        stack.execute(RollCall.mark(study.domain, session, study.li, AbsenceReason.OFFICIAL_DUTY));
        assertThat(session.getAttendees()).containsExactly(study.zhang);
        assertThat(session.getAbsentees()).containsExactly(study.wang, study.li);
        assertThat(RollCall.reason(session, study.wang)).isEqualTo(AbsenceReason.SICK_LEAVE);
        assertThat(RecordValidation.validate(session).getSeverity()).as("a consistent roll call").isLessThan(org.eclipse.emf.common.util.Diagnostic.ERROR);

        LocalDate before = LocalDate.of(2026, 3, 10);
        List<OpenMakeUp> open = MakeUps.open(study.ledger.getSessions(), study.ledger.getMakeUps(), before, DAYS);
        assertThat(open).extracting(OpenMakeUp::person).containsExactly(study.wang, study.li);
        assertThat(open).extracting(OpenMakeUp::due).containsOnly(LocalDate.of(2026, 3, 16));

        stack.execute(RollCall.recordMakeUp(study.domain, session, study.wang, LocalDate.of(2026, 3, 6), MakeUpMethod.SELF_STUDY, null));
        LocalDate today = LocalDate.of(2026, 3, 20);
        assertThat(MakeUps.tally(study.ledger.getSessions(), study.ledger.getMakeUps(), today, DAYS)).isEqualTo(new MakeUpTally(2, 1, 1, 1));
        List<Due> dues = makeUpDues(today);
        assertThat(dues).hasSize(1);
        assertThat(dues.get(0).record()).isSameAs(session);
        assertThat(dues.get(0).overdue()).isTrue();
        assertThat(dues.get(0).text()).contains("李三").contains("3月16日");

        stack.execute(RollCall.recordMakeUp(study.domain, session, study.li, LocalDate.of(2026, 3, 19), MakeUpMethod.MAKE_UP_CLASS, "集中补课"));
        assertThat(makeUpDues(today)).as("recorded: no longer due").isEmpty();
        assertThat(StudyDues.of(study.ledger, today, DAYS, Locale.CHINA)).as("the weekly study of 9 March is missed, and says so")
                .singleElement().satisfies(due -> assertThat(due.text()).startsWith("每周一学：3月9日未组织学习"));
        assertThat(MakeUps.tally(study.ledger.getSessions(), study.ledger.getMakeUps(), today, DAYS)).isEqualTo(new MakeUpTally(2, 2, 0, 0));
        study.ledger.getMakeUps().forEach(makeUp -> assertThat(RecordValidation.validate(makeUp).getSeverity())
                .isLessThan(org.eclipse.emf.common.util.Diagnostic.ERROR));
    }

    private List<Due> makeUpDues(LocalDate today) {
        return StudyDues.of(study.ledger, today, DAYS, Locale.CHINA).stream().filter(due -> due.record() instanceof StudySession).toList();
    }

    @Test
    void undoAndRedoTakeBackAndBringBackARollCallChangeWhole() {
        StudySession session = study.session(LocalDate.of(2026, 3, 2), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang, study.wang), List.of());
        stack.execute(RollCall.mark(study.domain, session, study.wang, AbsenceReason.PERSONAL_LEAVE));
        stack.execute(RollCall.remark(study.domain, session, study.wang, "家中有事"));
        assertThat(session.getAbsences()).singleElement().satisfies(absence -> assertThat(absence.getRemark()).isEqualTo("家中有事"));

        stack.undo();
        assertThat(session.getAbsences().get(0).getRemark()).isNull();
        stack.undo();
        assertThat(session.getAttendees()).containsExactly(study.zhang, study.wang);
        assertThat(session.getAbsentees()).isEmpty();
        assertThat(session.getAbsences()).isEmpty();

        stack.redo();
        assertThat(session.getAbsentees()).containsExactly(study.wang);
        assertThat(RollCall.reason(session, study.wang)).isEqualTo(AbsenceReason.PERSONAL_LEAVE);
        assertThat(session.getAttendees()).containsExactly(study.zhang);

        stack.execute(RollCall.mark(study.domain, session, study.wang, null));
        assertThat(session.getAbsentees()).isEmpty();
        assertThat(session.getAbsences()).as("no reason left behind for someone present").isEmpty();
        assertThat(RollCall.mark(study.domain, session, study.wang, null)).as("nothing to change").isNull();
    }

    @Test
    void aReasonForSomeoneNotAbsentIsRefusedByTheModel() {
        StudySession session = study.session(LocalDate.of(2026, 3, 2), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang), List.of());
        org.garrison.model.study.Absence stray = study.study.createAbsence();
        stray.setPerson(study.zhang);
        stray.setReason(AbsenceReason.OTHER);
        session.getAbsences().add(stray);
        assertThat(RecordValidation.validate(session).getChildren()).anySatisfy(child -> assertThat(child.getMessage()).contains("张一").contains("缺席"));
    }
}
