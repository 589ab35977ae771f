package org.garrison.internal.study;

import org.eclipse.osgi.util.NLS;

/** The study area's texts (documents, workbooks, reminders), Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.study.messages"; //$NON-NLS-1$
    public static String Texts_date;
    public static String Texts_monthDay;
    public static String Texts_listSeparator;
    public static String Texts_absentee;
    public static String Texts_madeUp;
    public static String Texts_notMadeUp;
    public static String Statistics_sheet;
    public static String Statistics_title;
    public static String Statistics_everyone;
    public static String Statistics_kind;
    public static String Statistics_month;
    public static String Statistics_total;
    public static String Statistics_person;
    public static String Statistics_expected;
    public static String Statistics_present;
    public static String Statistics_absent;
    public static String Statistics_rate;
    public static String Statistics_overall;
    public static String Statistics_target;
    public static String Statistics_makeUpsOwed;
    public static String Statistics_makeUpsDone;
    public static String Statistics_makeUpsOpen;
    public static String Statistics_makeUpsOverdue;
    public static String Statistics_regime;
    public static String Statistics_held;
    public static String Statistics_missed;
    public static String Statistics_excused;
    public static String Statistics_compliance;
    public static String Statistics_booksRead;
    public static String RecordBook_summary;
    public static String RecordBook_heading;
    public static String RecordBook_count;
    public static String RecordBook_none;
    public static String RecordBook_makeUps;
    public static String RecordBook_content;
    public static String RecordBook_book;
    public static String Register_date;
    public static String Register_kind;
    public static String Register_topic;
    public static String Register_expected;
    public static String Register_present;
    public static String Register_rate;
    public static String Register_absentees;
    public static String Register_makeUps;
    public static String Due_missed;
    public static String Due_makeUp;
    public static String Due_reading;
    public static String RollCall_mark;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
