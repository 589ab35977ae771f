package org.garrison.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/**
 * When a study regime (学习制度) is due, and which of those occurrences were held or missed.
 * An occurrence counts as held when a session of the regime falls between it and the next
 * occurrence, so a weekly study moved from Monday to Tuesday is still held.
 * Public holidays are not modelled: a workday regime is due every Monday to Friday.
 */
public final class StudyRegimeCalendar {

    private StudyRegimeCalendar() {
    }

    /** The regime's occurrences from {@code from} to {@code to}, both included, within its own start and end. */
    public static List<LocalDate> dueDates(StudyRegime regime, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (regime.getStartDate() == null || regime.getRecurrence() == null) {
            return dates;
        }
        LocalDate first = from.isBefore(regime.getStartDate()) ? regime.getStartDate() : from;
        LocalDate last = regime.getEndDate() != null && regime.getEndDate().isBefore(to) ? regime.getEndDate() : to;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isDue(regime, day)) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** Occurrences without a session of the regime before the next occurrence. */
    public static List<LocalDate> missed(StudyRegime regime, Collection<StudySession> sessions, LocalDate from, LocalDate to) {
        List<LocalDate> due = dueDates(regime, from, to);
        List<LocalDate> missed = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            LocalDate start = due.get(i);
            LocalDate end = i + 1 < due.size() ? due.get(i + 1) : nextAfter(regime, start);
            boolean held = sessions.stream().anyMatch(session -> session.getRegime() == regime && session.getDate() != null
                    && !session.getDate().isBefore(start) && session.getDate().isBefore(end));
            if (!held) {
                missed.add(start);
            }
        }
        return missed;
    }

    private static LocalDate nextAfter(StudyRegime regime, LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isDue(regime, next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isDue(StudyRegime regime, LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return switch (regime.getRecurrence()) {
            case DAILY -> true;
            case WORKDAYS -> weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
            case WEEKLY -> weekday == regime.getStartDate().getDayOfWeek();
            case FRIDAYS -> weekday == DayOfWeek.FRIDAY;
            case MONTHLY -> day.getDayOfMonth() == Math.min(regime.getStartDate().getDayOfMonth(), day.lengthOfMonth());
        };
    }
}
