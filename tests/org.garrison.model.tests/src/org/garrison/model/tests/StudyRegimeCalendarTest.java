package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.garrison.model.calendar.StudyRegimeCalendar;
import org.garrison.model.study.Recurrence;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;
import org.junit.jupiter.api.Test;

/** A study regime's occurrences in January 2026, and which were held or missed. */
class StudyRegimeCalendarTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @Test
    void weeklyStudyMovedToTuesdayIsHeldAndAWeekWithoutIsMissed() {
        StudyRegime weekly = regime(Recurrence.WEEKLY, LocalDate.of(2026, 1, 5)); // a Monday
        List<StudySession> sessions = List.of(session(weekly, 2026, 1, 5), session(weekly, 2026, 1, 13), session(weekly, 2026, 1, 26));

        assertThat(StudyRegimeCalendar.dueDates(weekly, JAN_1, JAN_31))
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
        assertThat(StudyRegimeCalendar.missed(weekly, sessions, JAN_1, JAN_31)).containsExactly(LocalDate.of(2026, 1, 19));
    }

    @Test
    void fridayPartyDayAndWorkdayBriefings() {
        StudyRegime fridays = regime(Recurrence.FRIDAYS, JAN_1);
        assertThat(StudyRegimeCalendar.dueDates(fridays, JAN_1, JAN_31)).hasSize(5).allMatch(d -> d.getDayOfWeek().getValue() == 5);

        StudyRegime briefings = regime(Recurrence.WORKDAYS, JAN_1);
        briefings.setEndDate(LocalDate.of(2026, 1, 9));
        List<StudySession> held = List.of(session(briefings, 2026, 1, 1), session(briefings, 2026, 1, 2), session(briefings, 2026, 1, 5),
                session(briefings, 2026, 1, 7), session(briefings, 2026, 1, 8), session(briefings, 2026, 1, 9));
        assertThat(StudyRegimeCalendar.dueDates(briefings, JAN_1, JAN_31)).hasSize(7);
        assertThat(StudyRegimeCalendar.missed(briefings, held, JAN_1, JAN_31)).containsExactly(LocalDate.of(2026, 1, 6));
    }

    @Test
    void sessionsOfAnotherRegimeDoNotCount() {
        StudyRegime monthly = regime(Recurrence.MONTHLY, LocalDate.of(2026, 1, 31));
        StudyRegime other = regime(Recurrence.MONTHLY, LocalDate.of(2026, 1, 31));
        List<StudySession> sessions = List.of(session(other, 2026, 1, 31));
        assertThat(StudyRegimeCalendar.missed(monthly, sessions, JAN_1, LocalDate.of(2026, 2, 28)))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28));
    }

    private static StudyRegime regime(Recurrence recurrence, LocalDate start) {
        StudyRegime regime = StudyFactory.eINSTANCE.createStudyRegime();
        regime.setName("制度");
        regime.setKind(StudyKind.WEEKLY_STUDY);
        regime.setRecurrence(recurrence);
        regime.setStartDate(start);
        return regime;
    }

    private static StudySession session(StudyRegime regime, int year, int month, int day) {
        StudySession session = StudyFactory.eINSTANCE.createStudySession();
        session.setRegime(regime);
        session.setDate(LocalDate.of(year, month, day));
        return session;
    }
}
