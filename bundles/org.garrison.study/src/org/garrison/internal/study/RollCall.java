package org.garrison.internal.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.garrison.model.core.Person;
import org.garrison.model.study.Absence;
import org.garrison.model.study.AbsenceReason;
import org.garrison.model.study.MakeUpMethod;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyPackage.Literals;
import org.garrison.model.study.StudySession;

/**
 * The roll call of a session (点名): who is expected (the session's group, and anyone recorded
 * beyond it), who was present, who was absent and why. Every change is one EMF command on the
 * editing domain, so it is undone and redone whole: an attendee marked absent leaves the attendees,
 * joins the absentees and gets the reason in one step.
 */
public final class RollCall {

    private RollCall() {
    }

    /** The group's members in the group's order, then anyone else recorded present or absent. */
    public static List<Person> expected(StudySession session) {
        Set<Person> persons = new LinkedHashSet<>();
        if (session.getGroup() != null) {
            persons.addAll(session.getGroup().getMembers());
        }
        persons.addAll(session.getAttendees());
        persons.addAll(session.getAbsentees());
        return new ArrayList<>(persons);
    }

    public static boolean present(StudySession session, Person person) {
        return session.getAttendees().contains(person);
    }

    public static boolean absent(StudySession session, Person person) {
        return session.getAbsentees().contains(person);
    }

    /** The reason recorded for an absentee; {@link AbsenceReason#OTHER} when none was recorded; null for anyone not absent. */
    public static AbsenceReason reason(StudySession session, Person person) {
        if (!absent(session, person)) {
            return null;
        }
        Absence absence = StudyTexts.absence(session, person);
        return absence == null ? AbsenceReason.OTHER : absence.getReason();
    }

    /** Marks the person present ({@code reason} null) or absent for the reason; null when nothing changes. */
    public static Command mark(EditingDomain domain, StudySession session, Person person, AbsenceReason reason) {
        CompoundCommand command = new CompoundCommand(Messages.RollCall_mark);
        Absence absence = StudyTexts.absence(session, person);
        if (reason == null) {
            if (absent(session, person)) {
                command.append(RemoveCommand.create(domain, session, Literals.STUDY_SESSION__ABSENTEES, person));
            }
            if (absence != null) {
                command.append(RemoveCommand.create(domain, session, Literals.STUDY_SESSION__ABSENCES, absence));
            }
            if (!present(session, person)) {
                command.append(AddCommand.create(domain, session, Literals.STUDY_SESSION__ATTENDEES, person));
            }
        } else {
            if (present(session, person)) {
                command.append(RemoveCommand.create(domain, session, Literals.STUDY_SESSION__ATTENDEES, person));
            }
            if (!absent(session, person)) {
                command.append(AddCommand.create(domain, session, Literals.STUDY_SESSION__ABSENTEES, person));
            }
            if (absence == null) {
                Absence created = StudyFactory.eINSTANCE.createAbsence();
                created.setPerson(person);
                created.setReason(reason);
                command.append(AddCommand.create(domain, session, Literals.STUDY_SESSION__ABSENCES, created));
            } else if (absence.getReason() != reason) {
                command.append(SetCommand.create(domain, absence, Literals.ABSENCE__REASON, reason));
            }
        }
        return command.isEmpty() ? null : command.unwrap();
    }

    /** A remark on an absence (where the person was on duty, say); null when the person is not absent or nothing changes. */
    public static Command remark(EditingDomain domain, StudySession session, Person person, String remark) {
        Absence absence = StudyTexts.absence(session, person);
        if (!absent(session, person)) {
            return null;
        }
        String value = remark == null || remark.isBlank() ? null : remark.strip();
        if (absence == null) {
            Absence created = StudyFactory.eINSTANCE.createAbsence();
            created.setPerson(person);
            created.setReason(AbsenceReason.OTHER);
            created.setRemark(value);
            return AddCommand.create(domain, session, Literals.STUDY_SESSION__ABSENCES, created);
        }
        return java.util.Objects.equals(absence.getRemark(), value) ? null : SetCommand.create(domain, absence, Literals.ABSENCE__REMARK, value);
    }

    /** Everyone of the group not yet on the roll call, marked present; null when there is nobody to add. */
    public static Command fillFromGroup(EditingDomain domain, StudySession session) {
        if (session.getGroup() == null) {
            return null;
        }
        List<Person> missing = session.getGroup().getMembers().stream().filter(person -> !present(session, person) && !absent(session, person)).toList();
        return missing.isEmpty() ? null : AddCommand.create(domain, session, Literals.STUDY_SESSION__ATTENDEES, missing);
    }

    /** Records that the absentee made the session up (补学): a new make-up study in the ledger. */
    public static Command recordMakeUp(EditingDomain domain, StudySession session, Person person, LocalDate date, MakeUpMethod method, String notes) {
        StudyLedger ledger = (StudyLedger) session.eContainer();
        MakeUpStudy makeUp = StudyFactory.eINSTANCE.createMakeUpStudy();
        makeUp.setSession(session);
        makeUp.setPerson(person);
        makeUp.setDate(date);
        makeUp.setMethod(method);
        makeUp.setNotes(notes);
        return AddCommand.create(domain, ledger, Literals.STUDY_LEDGER__MAKE_UPS, makeUp);
    }
}
