package org.garrison.internal.study;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Reads the district's study ledger into a session. A year of study is a few hundred sessions, so
 * the area reads its ledger whole (one query per table) and counts in memory; the persons it names
 * are read as they are followed.
 */
public final class StudyLedgers {

    private StudyLedgers() {
    }

    /** The study ledger, or null when the database holds none yet (no district created). */
    public static StudyLedger read(StoreSession session) throws StoreException {
        List<StudyLedger> ledgers = session.loadRoots(StudyPackage.Literals.STUDY_LEDGER);
        return ledgers.isEmpty() ? null : ledgers.get(0);
    }

    /** The ledger's sessions from {@code from} to {@code to}, both included, by date. */
    public static List<StudySession> sessions(StudyLedger ledger, LocalDate from, LocalDate to) {
        return ledger.getSessions().stream()
                .filter(session -> session.getDate() != null && !session.getDate().isBefore(from) && !session.getDate().isAfter(to))
                .sorted(Comparator.comparing(StudySession::getDate)).toList();
    }

    /** Sessions that have taken place by {@code today}: a session dated later is planned, not held. */
    public static List<StudySession> held(StudyLedger ledger, LocalDate from, LocalDate to, LocalDate today) {
        return sessions(ledger, from, to.isAfter(today) ? today : to);
    }
}
