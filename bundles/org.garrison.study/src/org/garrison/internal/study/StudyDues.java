package org.garrison.internal.study;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;

/**
 * What the study area reminds staff of (待办): occurrences of a regime missed in the last week
 * (record the session late or excuse it), make-up studies past due or due within three days, and,
 * from November on, persons behind the year's reading plan.
 */
public final class StudyDues {

    /** From this day of the year on, a reading plan not met is worth a reminder. */
    public static final MonthDay READING_REMINDERS_FROM = MonthDay.of(11, 1);
    private static final int MISSED_DAYS = 7;
    private static final int SOON_DAYS = 3;

    private StudyDues() {
    }

    public static List<Due> of(StudyLedger ledger, LocalDate today, int makeUpDays, Locale locale) {
        List<Due> dues = new ArrayList<>();
        for (StudyRegime regime : ledger.getRegimes()) {
            for (Occurrence occurrence : RegimeCalendar.occurrences(regime, ledger.getSessions(), today.minusDays(MISSED_DAYS + 31), today, today)) {
                if (occurrence.state() == OccurrenceState.MISSED && !occurrence.until().isBefore(today.minusDays(MISSED_DAYS))) {
                    dues.add(new Due(regime, NLS.bind(Messages.Due_missed, regime.getName(), StudyTexts.monthDay(occurrence.date())), occurrence.date(),
                            true));
                }
            }
        }
        List<org.garrison.model.study.StudySession> held = StudyLedgers.held(ledger, today.minusYears(1), today, today);
        for (OpenMakeUp makeUp : MakeUps.open(held, ledger.getMakeUps(), today, makeUpDays)) {
            if (makeUp.overdue(today) || !makeUp.due().isAfter(today.plusDays(SOON_DAYS))) {
                dues.add(new Due(makeUp.session(), NLS.bind(Messages.Due_makeUp, new Object[] { makeUp.person().getName(),
                        StudyTexts.monthDay(makeUp.session().getDate()), StudyTexts.label(makeUp.session().getKind(), locale),
                        StudyTexts.monthDay(makeUp.due()) }), makeUp.due(), makeUp.overdue(today)));
            }
        }
        if (!MonthDay.from(today).isBefore(READING_REMINDERS_FROM)) {
            LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
            java.util.Set<Person> reminded = new java.util.HashSet<>();
            for (StudyGroup group : ledger.getGroups()) {
                if (group.getBooksPerYear() <= 0) {
                    continue;
                }
                StudyStatistics year = StudyStatistics.ofYear(ledger, group, today.getYear(), today, makeUpDays);
                for (Person person : year.reading().behind()) {
                    if (reminded.add(person)) dues.add(new Due(group, NLS.bind(Messages.Due_reading, new Object[] { person.getName(), group.getName(),
                            year.reading().booksRead(person), group.getBooksPerYear() }), yearEnd, false));
                }
            }
        }
        return dues;
    }
}
