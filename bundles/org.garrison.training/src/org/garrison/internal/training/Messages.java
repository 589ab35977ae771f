package org.garrison.internal.training;

import org.eclipse.osgi.util.NLS;

/** The training area's texts (workbooks, registers, reminders, import problems), Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.training.messages"; //$NON-NLS-1$
    public static String Texts_date;
    public static String Texts_listSeparator;
    public static String Grid_commandLabel;
    public static String Grid_scoreRange;
    public static String Import_unknownSubject;
    public static String Import_noPersonColumn;
    public static String Import_emptyScore;
    public static String Import_notANumber;
    public static String Import_outOfRange;
    public static String Import_unknownNumber;
    public static String Import_unknownName;
    public static String Import_ambiguousName;
    public static String Import_empty;
    public static String Import_commandLabel;
    public static String Sheet_name;
    public static String Sheet_name_column;
    public static String Sheet_identity;
    public static String Sheet_gradeColumn;
    public static String Sheet_missing;
    public static String Closing_alreadyClosed;
    public static String Closing_noTrainees;
    public static String Closing_notEnded;
    public static String Closing_missing;
    public static String Closing_commandLabel;
    public static String Schedule_sameInstructor;
    public static String Schedule_samePlace;
    public static String Due_noTrainees;
    public static String Due_missingAssessments;
    public static String Due_certificateExpiring;
    public static String Due_certificateExpired;
    public static String Due_untrained;
    public static String Statistics_sheet;
    public static String Statistics_title;
    public static String Statistics_batches;
    public static String Statistics_places;
    public static String Statistics_persons;
    public static String Statistics_coverage;
    public static String Statistics_subject;
    public static String Statistics_assessed;
    public static String Statistics_passed;
    public static String Statistics_passRate;
    public static String Statistics_town;
    public static String Statistics_core;
    public static String Statistics_trained;
    public static String Statistics_share;
    public static String Statistics_instructorLevel;
    public static String Statistics_instructors;
    public static String Statistics_level;
    public static String Statistics_event;
    public static String Statistics_best;
    public static String Statistics_who;
    public static String Statistics_taskKind;
    public static String Statistics_tasks;
    public static String Statistics_dispatchedPersons;
    public static String Statistics_dispatchedPlaces;
    public static String Register_title;
    public static String Register_batch;
    public static String Register_kind;
    public static String Register_dates;
    public static String Register_datesValue;
    public static String Register_place;
    public static String Register_instructors;
    public static String Register_trainees;
    public static String Register_passRate;
    public static String Register_missing;
    public static String Register_number;
    public static String Register_results;
    public static String Register_absent;
    public static String Register_cell;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
