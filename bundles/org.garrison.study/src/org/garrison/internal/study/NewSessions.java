package org.garrison.internal.study;

import java.time.LocalDate;

import org.garrison.model.study.StudyFactory;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/**
 * A new session as staff start one: its date, kind, topic, group and regime, and the group's
 * members on the roll call, marked present (the few absent are then marked one by one).
 */
public final class NewSessions {

    private NewSessions() {
    }

    /** The new session, added to the ledger. */
    public static StudySession create(StudyLedger ledger, LocalDate date, StudyKind kind, String topic, StudyGroup group, StudyRegime regime) {
        StudySession session = prepare(date, kind, topic, group, regime);
        ledger.getSessions().add(session);
        return session;
    }

    /** The new session, not yet in any ledger (for an AddCommand that undo can take back). */
    public static StudySession prepare(LocalDate date, StudyKind kind, String topic, StudyGroup group, StudyRegime regime) {
        StudySession session = StudyFactory.eINSTANCE.createStudySession();
        session.setDate(date);
        session.setKind(kind);
        session.setTopic(topic);
        session.setGroup(group);
        session.setRegime(regime);
        if (group != null) {
            session.getAttendees().addAll(group.getMembers());
        }
        return session;
    }

    /** A late record of a regime's occurrence: the regime's kind, group and name. */
    public static StudySession forOccurrence(StudyRegime regime, LocalDate date) {
        return prepare(date, regime.getKind(), regime.getName(), regime.getGroup(), regime);
    }

    /** The group a regime expects, else the first group that attends sessions of the kind. */
    public static StudyGroup groupFor(StudyLedger ledger, StudyKind kind, StudyRegime regime) {
        if (regime != null && regime.getGroup() != null) {
            return regime.getGroup();
        }
        return ledger.getGroups().stream().filter(group -> group.getKinds().contains(kind)).findFirst().orElse(null);
    }
}
