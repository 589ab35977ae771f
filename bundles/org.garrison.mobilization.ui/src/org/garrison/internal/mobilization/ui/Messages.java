package org.garrison.internal.mobilization.ui;

import org.eclipse.osgi.util.NLS;

/** The mobilization area's texts, Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.mobilization.ui.messages"; //$NON-NLS-1$

    public static String Roster_loading;
    public static String Roster_loadFailed;
    public static String Roster_summary;
    public static String Roster_age;
    public static String Roster_town;
    public static String Roster_orgUnit;
    public static String Roster_import;
    public static String Roster_export;
    public static String Roster_exportFilter;
    public static String Roster_sheetName;
    public static String Roster_hint;
    public static String Import_notADate;
    public static String Import_title;
    public static String Rolls_title;
    public static String Rolls_message;
    public static String Rolls_roll;
    public static String Rolls_members;
    public static String Rolls_movements;
    public static String Rolls_musters;
    public static String Rolls_scope;
    public static String Rolls_district;
    public static String Rolls_town;
    public static String Rolls_year;
    public static String Rolls_file;
    public static String Rolls_browse;
    public static String Rolls_write;
    public static String Rolls_notATable;
    public static String Rolls_writing;
    public static String Rolls_written;
    public static String Rolls_failed;
    public static String Rolls_failedDetail;
    public static String Import_exportFailedDetail;
    public static String Import_exportFailed;
    public static String Import_problemsFileName;
    public static String Import_exportProblems;
    public static String Import_choosePlaceUnit;
    public static String Import_newUnits;
    public static String Import_createMissing;
    public static String Import_byPlace;
    public static String Import_oneUnit;
    public static String Import_byColumn;
    public static String Import_placement;
    public static String Import_separator;
    public static String Import_unmatched;
    public static String Import_filePage;
    public static String Import_fileDescription;
    public static String Import_file;
    public static String Import_browse;
    public static String Import_fileMissing;
    public static String Import_mappingPage;
    public static String Import_mappingDescription;
    public static String Import_column;
    public static String Import_field;
    public static String Import_ignored;
    public static String Import_previewPage;
    public static String Import_summary;
    public static String Import_row;
    public static String Import_problem;
    public static String Import_validOnly;
    public static String Import_nothing;
    public static String Import_done;
    public static String Import_failed;
    public static String Import_nothingImported;
    public static String Dashboard_title;
    public static String Dashboard_quota;
    public static String Dashboard_rates;
    public static String Dashboard_rate;
    public static String Dashboard_actual;
    public static String Dashboard_target;
    public static String Dashboard_met;
    public static String Dashboard_recruits;
    public static String Dashboard_quotaText;
    public static String Dashboard_stages;
    public static String Dashboard_college;
    public static String Dashboard_none;
    public static String Dashboard_yes;
    public static String Dashboard_no;
    public static String Dashboard_noCampaign;
    public static String Muster_units;
    public static String Muster_generate;
    public static String Muster_rollCall;
    public static String Muster_colon;
    public static String Muster_attendance;
    public static String Muster_met;
    public static String Muster_notMet;
    public static String NewMember_title;
    public static String NewMember_description;
    public static String NewMember_fill;
    public static String NewMember_already;
    public static String Bulletin_title;
    public static String Bulletin_asOf;
    public static String Bulletin_town;
    public static String Bulletin_items;
    public static String Bulletin_met;
    public static String Bulletin_rectifying;
    public static String Bulletin_open;
    public static String Bulletin_overdue;
    public static String Bulletin_share;
    public static String Bulletin_total;
    public static String Bulletin_export;
    public static String Units_name;
    public static String Units_members;
    public static String Units_core;
    public static String Units_ordinary;
    public static String Units_summary;

    public static String Chooser_members;
    public static String Chooser_units;

    public static String Dashboard_funnel;

    public static String Reminders_standardization;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
