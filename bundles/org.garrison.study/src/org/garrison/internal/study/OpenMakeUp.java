package org.garrison.internal.study;

import java.time.LocalDate;

import org.garrison.model.core.Person;
import org.garrison.model.study.StudySession;

/** A make-up study someone owes: absent from {@code session}, to be made up by {@code due}. */
public record OpenMakeUp(StudySession session, Person person, LocalDate due) {

    public boolean overdue(LocalDate today) {
        return due.isBefore(today);
    }
}
