package org.garrison.internal.study;

import java.time.LocalDate;

import org.garrison.model.study.StudyRegime;
import org.garrison.model.study.StudySession;

/**
 * One occurrence of a regime: due on {@code date}, held by a session from then until (not including)
 * {@code until}, the next occurrence. {@code session} is the session that held it, {@code reason}
 * the excuse accepted for it; either may be null.
 */
public record Occurrence(StudyRegime regime, LocalDate date, LocalDate until, OccurrenceState state, StudySession session, String reason) {
}
