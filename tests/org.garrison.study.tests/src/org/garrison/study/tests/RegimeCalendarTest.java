package org.garrison.study.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.garrison.internal.study.Compliance;
import org.garrison.internal.study.NewSessions;
import org.garrison.internal.study.Occurrence;
import org.garrison.internal.study.OccurrenceState;
import org.garrison.internal.study.RegimeCalendar;
import org.garrison.model.study.ExcusedOccurrence;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyPackage.Literals;
import org.garrison.model.study.StudySession;
import org.junit.jupiter.api.Test;

/**
 * The weekly regime of January 2026 (Mondays 5, 12, 19, 26) as of 10 February: held on the 5th and
 * on Tuesday the 13th, nothing in the weeks of the 19th and 26th; February's 9th is due now and the
 * 16th still to come. Recording the 19th late and excusing the 26th change January's compliance
 * from 2 of 4 to 3 of 3, as counted by hand.
 */
class RegimeCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    private final HandMadeStudy study = new HandMadeStudy();

    @Test
    void occurrencesAreHeldMissedDueOrComingAsOfToday() {
        study.session(LocalDate.of(2026, 1, 5), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang, study.wang, study.li), List.of());
        study.session(LocalDate.of(2026, 1, 13), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang, study.wang), List.of(study.li));
        // a session planned for later is not held yet
        study.session(LocalDate.of(2026, 2, 17), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang), List.of());

        List<Occurrence> occurrences = occurrences();
        assertThat(occurrences).extracting(Occurrence::date).containsExactly(day(1, 5), day(1, 12), day(1, 19), day(1, 26), day(2, 2), day(2, 9),
                day(2, 16), day(2, 23));
        assertThat(occurrences).extracting(Occurrence::state).containsExactly(OccurrenceState.HELD, OccurrenceState.HELD, OccurrenceState.MISSED,
                OccurrenceState.MISSED, OccurrenceState.MISSED, OccurrenceState.OPEN, OccurrenceState.COMING, OccurrenceState.COMING);
        assertThat(occurrences.get(1).session().getDate()).as("moved to Tuesday, still held").isEqualTo(day(1, 13));
        assertThat(RegimeCalendar.byMonth(occurrences).get(YearMonth.of(2026, 1))).isEqualTo(new Compliance(2, 2, 0));
        assertThat(RegimeCalendar.byMonth(occurrences).get(YearMonth.of(2026, 2)).rate()).as("one missed, one open, two coming").isEqualTo(0.0);
    }

    @Test
    void aMissedOccurrenceRecordedLateIsHeldAndAnExcusedOneLeavesTheCount() {
        study.session(LocalDate.of(2026, 1, 5), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang), List.of());
        study.session(LocalDate.of(2026, 1, 13), StudyKind.WEEKLY_STUDY, study.weekly, List.of(study.zhang), List.of());
        assertThat(january().rate()).isEqualTo(0.5);

        StudySession late = NewSessions.forOccurrence(study.weekly, day(1, 19));
        study.domain.getCommandStack().execute(AddCommand.create(study.domain, study.ledger, Literals.STUDY_LEDGER__SESSIONS, late));
        assertThat(late.getAttendees()).as("the regime's group on the roll call").containsExactly(study.zhang, study.wang, study.li);
        assertThat(late.getKind()).isEqualTo(StudyKind.WEEKLY_STUDY);
        assertThat(occurrences().get(2).state()).isEqualTo(OccurrenceState.HELD);
        assertThat(january()).isEqualTo(new Compliance(3, 1, 0));
        assertThat(january().rate()).isEqualTo(3.0 / 4);

        ExcusedOccurrence holiday = study.study.createExcusedOccurrence();
        holiday.setDate(day(1, 26));
        holiday.setReason("春节前安全大检查");
        study.domain.getCommandStack().execute(AddCommand.create(study.domain, study.weekly, Literals.STUDY_REGIME__EXCUSED, holiday));
        assertThat(occurrences().get(3).state()).isEqualTo(OccurrenceState.EXCUSED);
        assertThat(occurrences().get(3).reason()).isEqualTo("春节前安全大检查");
        assertThat(january()).isEqualTo(new Compliance(3, 0, 1));
        assertThat(january().rate()).isEqualTo(1.0);

        study.domain.getCommandStack().undo();
        study.domain.getCommandStack().undo();
        assertThat(january()).as("undone: as before").isEqualTo(new Compliance(2, 2, 0));
    }

    private Compliance january() {
        return RegimeCalendar.byMonth(occurrences()).get(YearMonth.of(2026, 1));
    }

    private List<Occurrence> occurrences() {
        return RegimeCalendar.occurrences(study.weekly, study.ledger.getSessions(), day(1, 1), day(2, 28), TODAY);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
