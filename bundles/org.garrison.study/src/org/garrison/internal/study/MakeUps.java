package org.garrison.internal.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.garrison.model.core.Person;
import org.garrison.model.study.MakeUpStudy;
import org.garrison.model.study.StudySession;

/**
 * The make-up rule (补学): every absence from a session that has taken place opens a make-up study,
 * due a number of days after the session (a setting, {@link StudySettings#makeUpDays()}); recording
 * the make-up study closes it.
 */
public final class MakeUps {

    private MakeUps() {
    }

    public static LocalDate dueDate(StudySession session, int days) {
        return session.getDate().plusDays(days);
    }

    /** The make-up study recorded for the person's absence from the session, or null. */
    public static MakeUpStudy recorded(StudySession session, Person person, Collection<MakeUpStudy> makeUps) {
        for (MakeUpStudy makeUp : makeUps) {
            if (makeUp.getSession() == session && makeUp.getPerson() == person) {
                return makeUp;
            }
        }
        return null;
    }

    /** A make-up study dated after today is planned, not done. */
    static boolean done(MakeUpStudy makeUp, LocalDate today) {
        return makeUp != null && makeUp.getDate() != null && !makeUp.getDate().isAfter(today);
    }

    /** The make-ups by session and person, for many lookups. */
    private static java.util.Map<StudySession, java.util.Map<Person, MakeUpStudy>> index(Collection<MakeUpStudy> makeUps) {
        java.util.Map<StudySession, java.util.Map<Person, MakeUpStudy>> index = new java.util.HashMap<>();
        for (MakeUpStudy makeUp : makeUps) {
            index.computeIfAbsent(makeUp.getSession(), session -> new java.util.HashMap<>()).putIfAbsent(makeUp.getPerson(), makeUp);
        }
        return index;
    }

    private static MakeUpStudy recorded(java.util.Map<StudySession, java.util.Map<Person, MakeUpStudy>> index, StudySession session, Person person) {
        return index.getOrDefault(session, java.util.Map.of()).get(person);
    }

    /** Make-ups owed and not done, for the sessions held by {@code today}, by session date. */
    public static List<OpenMakeUp> open(Collection<StudySession> sessions, Collection<MakeUpStudy> makeUps, LocalDate today, int days) {
        var index = index(makeUps);
        List<OpenMakeUp> open = new ArrayList<>();
        for (StudySession session : sessions) {
            if (session.getDate() == null || session.getDate().isAfter(today)) {
                continue;
            }
            for (Person person : session.getAbsentees()) {
                if (!done(recorded(index, session, person), today)) {
                    open.add(new OpenMakeUp(session, person, dueDate(session, days)));
                }
            }
        }
        open.sort(java.util.Comparator.comparing(OpenMakeUp::due));
        return open;
    }

    public static MakeUpTally tally(Collection<StudySession> sessions, Collection<MakeUpStudy> makeUps, LocalDate today, int days) {
        var index = index(makeUps);
        int owed = 0;
        int done = 0;
        for (StudySession session : sessions) {
            if (session.getDate() == null || session.getDate().isAfter(today)) {
                continue;
            }
            for (Person person : session.getAbsentees()) {
                owed++;
                if (done(recorded(index, session, person), today)) {
                    done++;
                }
            }
        }
        int overdue = (int) open(sessions, makeUps, today, days).stream().filter(makeUp -> makeUp.overdue(today)).count();
        return new MakeUpTally(owed, done, owed - done, overdue);
    }
}
