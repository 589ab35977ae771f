package org.garrison.internal.study;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.model.core.Person;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/**
 * 学习情况统计 for a range of days and a group (or everyone): sessions per kind per month,
 * attendance per person and overall against the 90% target, make-ups owed, done and overdue,
 * each regime's compliance and the reading plan. Everything is counted as of {@code today}:
 * a session or make-up dated later has not happened.
 */
public final class StudyStatistics {

    /** A regime with its compliance over the range. */
    public record RegimeCompliance(StudyRegime regime, Compliance compliance) {
    }

    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private final StudyGroup group;
    private final List<StudySession> sessions;
    private final List<YearMonth> months = new ArrayList<>();
    private final Map<StudyKind, Map<YearMonth, Integer>> perKind = new EnumMap<>(StudyKind.class);
    private final List<PersonAttendance> attendance = new ArrayList<>();
    private final List<RegimeCompliance> regimes = new ArrayList<>();
    private final MakeUpTally makeUps;
    private final ReadingMatrix reading;

    private StudyStatistics(StudyLedger ledger, StudyGroup group, LocalDate from, LocalDate to, LocalDate today, int makeUpDays) {
        this.from = from;
        this.to = to;
        this.today = today;
        this.group = group;
        this.sessions = StudyLedgers.held(ledger, from, to, today).stream().filter(session -> group == null || session.getGroup() == group).toList();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        for (StudySession session : sessions) {
            perKind.computeIfAbsent(session.getKind(), kind -> new LinkedHashMap<>()).merge(YearMonth.from(session.getDate()), 1, Integer::sum);
        }
        Set<Person> persons = new LinkedHashSet<>();
        if (group != null) {
            persons.addAll(group.getMembers());
        } else {
            ledger.getGroups().forEach(each -> persons.addAll(each.getMembers()));
            sessions.forEach(session -> {
                persons.addAll(session.getAttendees());
                persons.addAll(session.getAbsentees());
            });
        }
        // one pass over the sessions: a person counted present and absent at once is counted present (the model refuses that anyway)
        Map<Person, int[]> counts = new java.util.HashMap<>();
        for (StudySession session : sessions) {
            Set<Person> present = new java.util.HashSet<>(session.getAttendees());
            present.forEach(person -> {
                int[] count = counts.computeIfAbsent(person, key -> new int[2]);
                count[0]++;
                count[1]++;
            });
            for (Person person : session.getAbsentees()) {
                if (!present.contains(person)) {
                    counts.computeIfAbsent(person, key -> new int[2])[0]++;
                }
            }
        }
        for (Person person : persons) {
            int[] count = counts.getOrDefault(person, new int[2]);
            attendance.add(new PersonAttendance(person, count[0], count[1]));
        }
        for (StudyRegime regime : ledger.getRegimes()) {
            if (group == null || regime.getGroup() == group) {
                regimes.add(new RegimeCompliance(regime, RegimeCalendar.overall(RegimeCalendar.occurrences(regime, sessions, from, to, today))));
            }
        }
        this.makeUps = MakeUps.tally(sessions, ledger.getMakeUps(), today, makeUpDays);
        List<ReadingItem> items = ledger.getReadingItems().stream()
                .filter(item -> item.getYear() == 0 || item.getYear() >= from.getYear() && item.getYear() <= to.getYear()).toList();
        int target = group != null ? group.getBooksPerYear() : ledger.getGroups().stream().mapToInt(StudyGroup::getBooksPerYear).max().orElse(0);
        this.reading = new ReadingMatrix(new ArrayList<>(persons), items, ledger.getProgress(), target);
    }

    public static StudyStatistics of(StudyLedger ledger, StudyGroup group, LocalDate from, LocalDate to, LocalDate today, int makeUpDays) {
        return new StudyStatistics(ledger, group, from, to, today, makeUpDays);
    }

    public static StudyStatistics ofYear(StudyLedger ledger, StudyGroup group, int year, LocalDate today, int makeUpDays) {
        return of(ledger, group, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today, makeUpDays);
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public LocalDate today() {
        return today;
    }

    /** The group counted, or null for everyone. */
    public StudyGroup group() {
        return group;
    }

    /** The sessions counted: of the group, in the range, held by today; by date. */
    public List<StudySession> sessions() {
        return sessions;
    }

    public List<YearMonth> months() {
        return months;
    }

    public int sessions(StudyKind kind, YearMonth month) {
        return perKind.getOrDefault(kind, Map.of()).getOrDefault(month, 0);
    }

    public int sessions(StudyKind kind) {
        return perKind.getOrDefault(kind, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<PersonAttendance> attendance() {
        return attendance;
    }

    public int expected() {
        return attendance.stream().mapToInt(PersonAttendance::expected).sum();
    }

    public int present() {
        return attendance.stream().mapToInt(PersonAttendance::present).sum();
    }

    /** Present ÷ expected over every session counted; NaN when nobody was expected. */
    public double attendanceRate() {
        return expected() == 0 ? Double.NaN : (double) present() / expected();
    }

    public boolean meetsTarget() {
        return expected() > 0 && attendanceRate() >= StudySettings.ATTENDANCE_TARGET;
    }

    public MakeUpTally makeUps() {
        return makeUps;
    }

    public List<RegimeCompliance> regimes() {
        return regimes;
    }

    public ReadingMatrix reading() {
        return reading;
    }
}
