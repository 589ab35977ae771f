package org.garrison.internal.study;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.garrison.model.calendar.StudyRegimeCalendar;
import org.garrison.model.study.ExcusedOccurrence;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/**
 * A study regime's occurrences with what became of each as of a day: held, missed, excused, due now
 * or still to come; and its compliance per month. The due dates are the model's
 * ({@link StudyRegimeCalendar}); a session held until the next occurrence holds the occurrence, so a
 * weekly study moved from Monday to Tuesday is held, not missed. A session dated after today is
 * planned, not held.
 */
public final class RegimeCalendar {

    private RegimeCalendar() {
    }

    public static List<Occurrence> occurrences(StudyRegime regime, Collection<StudySession> sessions, LocalDate from, LocalDate to, LocalDate today) {
        // one more month of due dates gives the last occurrence its window's end
        List<LocalDate> due = StudyRegimeCalendar.dueDates(regime, from, to.plusDays(32));
        List<StudySession> ofRegime = sessions.stream().filter(session -> session.getRegime() == regime && session.getDate() != null)
                .sorted(Comparator.comparing(StudySession::getDate)).toList();
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < due.size() && !due.get(i).isAfter(to); i++) {
            LocalDate date = due.get(i);
            LocalDate until = i + 1 < due.size() ? due.get(i + 1) : regime.getEndDate() != null ? regime.getEndDate().plusDays(1) : to.plusDays(33);
            StudySession held = ofRegime.stream().filter(session -> !session.getDate().isBefore(date) && session.getDate().isBefore(until)
                    && !session.getDate().isAfter(today)).findFirst().orElse(null);
            String excuse = excuse(regime, date);
            OccurrenceState state;
            if (held != null) {
                state = OccurrenceState.HELD;
            } else if (excuse != null) {
                state = OccurrenceState.EXCUSED;
            } else if (date.isAfter(today)) {
                state = OccurrenceState.COMING;
            } else if (until.isAfter(today)) {
                state = OccurrenceState.OPEN;
            } else {
                state = OccurrenceState.MISSED;
            }
            occurrences.add(new Occurrence(regime, date, until, state, held, excuse));
        }
        return occurrences;
    }

    private static String excuse(StudyRegime regime, LocalDate date) {
        for (ExcusedOccurrence excused : regime.getExcused()) {
            if (date.equals(excused.getDate())) {
                return excused.getReason() == null ? "" : excused.getReason(); //$NON-NLS-1$
            }
        }
        return null;
    }

    /** Compliance of each month the occurrences fall in, in calendar order. */
    public static Map<YearMonth, Compliance> byMonth(List<Occurrence> occurrences) {
        Map<YearMonth, Compliance> months = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrences) {
            months.merge(YearMonth.from(occurrence.date()), new Compliance(0, 0, 0).plus(occurrence.state()),
                    (a, b) -> new Compliance(a.held() + b.held(), a.missed() + b.missed(), a.excused() + b.excused()));
        }
        return months;
    }

    public static Compliance overall(List<Occurrence> occurrences) {
        Compliance total = new Compliance(0, 0, 0);
        for (Occurrence occurrence : occurrences) {
            total = total.plus(occurrence.state());
        }
        return total;
    }
}
