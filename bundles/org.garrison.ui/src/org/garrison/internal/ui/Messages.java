package org.garrison.internal.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's texts: Chinese in messages.properties (the default), English in messages_en.properties.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.ui.messages"; //$NON-NLS-1$

    public static String Window_title;
    public static String Application_noDisplay;

    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;

    public static String Action_save;
    public static String Action_saveAll;
    public static String Action_revert;
    public static String Action_quit;
    public static String Action_undo;
    public static String Action_redo;
    public static String Action_cut;
    public static String Action_copy;
    public static String Action_paste;
    public static String Action_delete;
    public static String Action_selectAll;
    public static String Action_preferences;
    public static String Action_resetPerspective;
    public static String Action_about;

    public static String Status_dataLocation;

    public static String Navigator_noStore;
    public static String Navigator_filter;
    public static String Navigator_openFailed;
    public static String Navigator_more;
    public static String Navigator_count;
    public static String Navigator_noGroup;
    public static String Navigator_year;
    public static String Navigator_month;
    public static String Choice_none;
    public static String NewRecord_title;
    public static String NewRecord_description;
    public static String NewRecord_noContainer;
    public static String Areas_badContribution;
    public static String Areas_badClass;
    public static String Areas_badNewIn;
    public static String Areas_unknownClass;
    public static String Areas_unknownFeature;
    public static String FirstStart_title;
    public static String FirstStart_heading;
    public static String FirstStart_message;
    public static String FirstStart_question;
    public static String FirstStart_small;
    public static String FirstStart_medium;
    public static String FirstStart_large;
    public static String FirstStart_empty;
    public static String FirstStart_start;
    public static String FirstStart_jobName;
    public static String FirstStart_generating;
    public static String FirstStart_failed;
    public static String FirstStart_badToday;
    public static String FirstStart_sizeMeasuring;
    public static String FirstStart_sizeTakes;
    public static String FirstStart_seconds;
    public static String FirstStart_minutes;
    public static String FirstStart_measuring;
    public static String FirstStart_generatingPlaceholder;
    public static String FirstStart_writingPlaceholder;
    public static String Preferences_storeDescription;
    public static String Preferences_mode;
    public static String Preferences_embedded;
    public static String Preferences_server;
    public static String Preferences_dataFolder;
    public static String Preferences_host;
    public static String Preferences_port;
    public static String Preferences_portInvalid;
    public static String Preferences_database;
    public static String Preferences_user;
    public static String Editor_wrongInput;
    public static String Editor_gone;
    public static String Editor_colon;
    public static String Editor_notAValue;
    public static String Editor_problems;
    public static String Editor_notSaved;
    public static String Editor_saveFailedTitle;
    public static String Editor_readOnly;
    public static String Editor_othersChanged;
    public static String Editor_othersChangedName;
    public static String Editor_othersChangedTitle;
    public static String History_revert;
    public static String Login_title;
    public static String Login_message;
    public static String Login_server;
    public static String Login_encrypted;
    public static String Login_user;
    public static String Login_password;
    public static String Login_ok;
    public static String Password_title;
    public static String Password_message;
    public static String Password_new;
    public static String Password_again;
    public static String Password_tooShort;
    public static String Password_notSame;
    public static String Password_changed;
    public static String History_revertConfirm;
    public static String History_targetGone;
    public static String History_nothingSelected;
    public static String History_heading;
    public static String History_when;
    public static String History_author;
    public static String History_kind;
    public static String History_field;
    public static String History_old;
    public static String History_new;
    public static String History_inserted;
    public static String History_updated;
    public static String History_deleted;
    public static String Editor_readOnlyName;
    public static String Preferences_languageDescription;
    public static String Preferences_chinese;
    public static String Preferences_english;
    public static String Preferences_languageNotSaved;
    public static String Problems_message;
    public static String Problems_record;
    public static String Problems_field;
    public static String Problems_none;
    public static String Problems_count;
    public static String Problems_notChecked;
    public static String Problems_stored;
    public static String Problems_storedNone;
    public static String Problems_checking;
    public static String Problems_checkFailed;
    public static String Problems_openFailed;
    public static String Editor_reverted;
    public static String Store_cannotOpenTitle;
    public static String Store_cannotOpen;
    public static String Store_noProvider;

    public static String Navigator_empty;

    public static String About_title;
    public static String About_description;
    public static String About_version;
    public static String About_buildId;
    public static String About_areas;
    public static String About_close;
    public static String About_copy;

    public static String Store_inUseTitle;
    public static String Store_inUse;
    public static String YearBar_year;
    public static String YearBar_item;
    public static String Table_yes;
    public static String Table_no;
    public static String Table_exportJob;
    public static String Table_exportFailed;
    public static String Table_notAChoice;
    public static String Table_notADate;
    public static String Table_notANumber;
    public static String Table_open;
    public static String Table_copy;
    public static String Table_chooseColumns;
    public static String Table_exportXlsx;
    public static String Table_exportCsv;
    public static String Table_exportTitle;
    public static String Table_exportDone;
    public static String Table_rowCount;

    public static String Navigator_open;
    public static String Navigator_delete;
    public static String Navigator_deleteTitle;
    public static String Navigator_deleteQuestion;
    public static String Navigator_deleteFailed;

    public static String Editor_add;
    public static String Editor_remove;

    public static String Navigator_new;

    public static String Chooser_badContribution;
    public static String Chooser_age;
    public static String Chooser_profile;
    public static String Chooser_search;
    public static String Chooser_searchHint;
    public static String Chooser_all;
    public static String Chooser_unchosenOnly;
    public static String Chooser_someShown;
    public static String Chooser_allShown;
    public static String Chooser_addAllShown;
    public static String Chooser_addSelected;
    public static String Chooser_nothingSelected;
    public static String Chooser_title;
    public static String Chooser_typeAheadHint;
    public static String Chooser_choose;
    public static String Chooser_add;
    public static String Chooser_remove;
    public static String Chooser_name;
    public static String Chooser_count;
    public static String Date_hint;
    public static String Date_pick;
    public static String Date_today;
    public static String Date_take;
    public static String Date_notADate;

    public static String Attachments_title;
    public static String Attachments_name;
    public static String Attachments_size;
    public static String Attachments_description;
    public static String Attachments_megabytes;
    public static String Attachments_add;
    public static String Attachments_addTitle;
    public static String Attachments_open;
    public static String Attachments_saveAs;
    public static String Attachments_remove;
    public static String Attachments_refusedTitle;
    public static String Attachments_tooLarge;
    public static String Attachments_unreadable;
    public static String Attachments_noProgram;
    public static String Attachments_openFailed;
    public static String Attachments_saveFailed;
    public static String Preferences_attachmentsDescription;
    public static String Preferences_attachmentLimit;

    public static String Reminders_job;
    public static String Reminders_failed;
    public static String Reminders_what;
    public static String Reminders_due;
    public static String Reminders_state;
    public static String Reminders_group;
    public static String Reminders_overdueDays;
    public static String Reminders_today;
    public static String Reminders_inDays;
    public static String Reminders_none;
    public static String Reminders_summary;
    public static String Reminders_title;
    public static String Reminders_statusOverdue;

    public static String Widgets_held;
    public static String Widgets_missed;
    public static String Widgets_planned;
    public static String Widgets_excused;
    public static String Widgets_year;
    public static String Widgets_month;
    public static String Widgets_monthShort;
    public static String Widgets_weekdays;
    public static String Widgets_noRanges;
    public static String Widgets_today;

    public static String Charts_export;
    public static String Charts_exportFailed;

    public static String Attachments_kilobytes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
