package org.garrison.internal.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Person;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.study.Absence;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudySession;

/** How the study area writes its values in documents, workbooks and reminders. */
public final class StudyTexts {

    private StudyTexts() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : NLS.bind(Messages.Texts_date, new Object[] { date.getYear(), date.getMonthValue(), date.getDayOfMonth() }); //$NON-NLS-1$
    }

    public static String monthDay(LocalDate date) {
        return date == null ? "" : NLS.bind(Messages.Texts_monthDay, date.getMonthValue(), date.getDayOfMonth()); //$NON-NLS-1$
    }

    public static String label(Enumerator literal, Locale locale) {
        return literal == null ? "" : ModelLabels.of(literal, locale); //$NON-NLS-1$
    }

    public static String share(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** 1.5, 2 (no ".0"). */
    public static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }

    public static String names(List<Person> persons) {
        return persons.stream().map(Person::getName).collect(Collectors.joining(Messages.Texts_listSeparator));
    }

    /** 张三（病假） for each absentee, with the reason recorded for them. */
    public static String absentees(StudySession session, Locale locale) {
        return session.getAbsentees().stream().map(person -> {
            Absence absence = absence(session, person);
            return absence == null || absence.getReason() == null ? person.getName()
                    : NLS.bind(Messages.Texts_absentee, person.getName(), label(absence.getReason(), locale));
        }).collect(Collectors.joining(Messages.Texts_listSeparator));
    }

    public static Absence absence(StudySession session, Person person) {
        return session.getAbsences().stream().filter(absence -> absence.getPerson() == person).findFirst().orElse(null);
    }

    /** 张三 1月8日自学 for each make-up study of the session's absentees; 李四 未补学 for the rest. */
    public static String makeUps(StudySession session, List<MakeUpStudy> makeUps, LocalDate today, Locale locale) {
        return session.getAbsentees().stream().map(person -> {
            MakeUpStudy makeUp = MakeUps.recorded(session, person, makeUps);
            return MakeUps.done(makeUp, today) ? NLS.bind(Messages.Texts_madeUp, new Object[] { person.getName(), monthDay(makeUp.getDate()),
                    label(makeUp.getMethod(), locale) }) : NLS.bind(Messages.Texts_notMadeUp, person.getName());
        }).collect(Collectors.joining(Messages.Texts_listSeparator));
    }
}
