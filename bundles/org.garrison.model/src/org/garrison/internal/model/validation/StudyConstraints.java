package org.garrison.internal.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.garrison.model.core.Person;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudyPackage.Literals;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.validation.RecordValidation;

/** Constraints of the study records; the generated StudyValidator calls them. */
public final class StudyConstraints {

    private StudyConstraints() {
    }

    public static boolean hoursNotNegative(StudySession session, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.notNegative(session, Literals.STUDY_SESSION__HOURS, diagnostics, context);
    }

    public static boolean attendeesNotAbsent(StudySession session, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (Person person : session.getAttendees()) {
            if (session.getAbsentees().contains(person)) {
                valid = Problems.error(session, Literals.STUDY_SESSION__ATTENDEES, diagnostics, context, "attendee.absent", person.getName()); //$NON-NLS-1$
            }
        }
        return valid;
    }

    /** A reason of absence is only given for someone the session lists as absent. */
    public static boolean absencesOfAbsentees(StudySession session, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (org.garrison.model.study.Absence absence : session.getAbsences()) {
            Person person = absence.getPerson();
            if (person != null && !session.getAbsentees().contains(person)) {
                valid = Problems.error(session, Literals.STUDY_SESSION__ABSENCES, diagnostics, context, "absence.notAbsentee", person.getName()); //$NON-NLS-1$
            }
        }
        return valid;
    }

    public static boolean booksNotNegative(org.garrison.model.study.StudyGroup group, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.notNegative(group, Literals.STUDY_GROUP__BOOKS_PER_YEAR, diagnostics, context);
    }

    public static boolean datesInOrder(StudyRegime regime, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return Problems.datesInOrder(regime, Literals.STUDY_REGIME__START_DATE, Literals.STUDY_REGIME__END_DATE, diagnostics, context);
    }

    public static boolean onlyForAbsentees(MakeUpStudy makeUp, DiagnosticChain diagnostics, Map<Object, Object> context) {
        StudySession session = makeUp.getSession();
        Person person = makeUp.getPerson();
        if (session != null && person != null && !session.getAbsentees().contains(person)) {
            return Problems.error(makeUp, Literals.MAKE_UP_STUDY__SESSION, diagnostics, context, "makeUp.notAbsent", person.getName()); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean notBeforeSession(MakeUpStudy makeUp, DiagnosticChain diagnostics, Map<Object, Object> context) {
        StudySession session = makeUp.getSession();
        if (session != null && session.getDate() != null && makeUp.getDate() != null && makeUp.getDate().isBefore(session.getDate())) {
            return Problems.error(makeUp, Literals.MAKE_UP_STUDY__DATE, diagnostics, context, "dates.order", makeUp.getDate(), //$NON-NLS-1$
                    ModelLabels.of(Literals.STUDY_SESSION__DATE, RecordValidation.locale(context)), session.getDate());
        }
        return true;
    }
}
