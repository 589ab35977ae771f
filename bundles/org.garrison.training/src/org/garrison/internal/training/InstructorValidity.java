package org.garrison.internal.training;

import java.time.LocalDate;

import org.garrison.model.training.Instructor;

/** An instructor's certificate is valid for some years from its date (default three); reminded 60 days before it ends. */
public final class InstructorValidity {

    private InstructorValidity() {
    }

    /** The last day of validity's morrow: certified 2023-12-15 for three years, expires 2026-12-15. Null without a date. */
    public static LocalDate expiresOn(Instructor instructor, int validityYears) {
        return instructor.getCertifiedOn() == null ? null : instructor.getCertifiedOn().plusYears(validityYears);
    }

    /** From the day the reminder starts: 60 days before expiry (2026-10-16 for 2026-12-15). */
    public static LocalDate remindFrom(Instructor instructor, int validityYears) {
        LocalDate expires = expiresOn(instructor, validityYears);
        return expires == null ? null : expires.minusDays(TrainingSettings.EXPIRY_WARNING_DAYS);
    }

    public static boolean expired(Instructor instructor, int validityYears, LocalDate today) {
        LocalDate expires = expiresOn(instructor, validityYears);
        return expires != null && !expires.isAfter(today);
    }

    /** Whether the instructor is reminded on the day: expiring within 60 days, or expired. */
    public static boolean due(Instructor instructor, int validityYears, LocalDate today) {
        LocalDate from = remindFrom(instructor, validityYears);
        return from != null && !today.isBefore(from);
    }
}
