package org.garrison.internal.security.ui;

import org.eclipse.osgi.util.NLS;

/** The security area's workbench texts, Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.security.ui.messages"; //$NON-NLS-1$
    public static String Security_title;
    public static String Security_noLedger;
    public static String Security_notSaved;
    public static String Security_problems;
    public static String Security_writing;
    public static String Security_writeFailed;
    public static String Person_choose;
    public static String DueList_title;
    public static String DueList_show;
    public static String DueList_all;
    public static String DueList_overdue;
    public static String DueList_today;
    public static String DueList_thisWeek;
    public static String DueList_thisMonth;
    public static String DueList_summary;
    public static String DueList_record;
    public static String DueList_recordTip;
    public static String DueList_openAsset;
    public static String DueList_chooseFirst;
    public static String DueList_due;
    public static String DueList_state;
    public static String DueList_asset;
    public static String DueList_code;
    public static String DueList_category;
    public static String DueList_location;
    public static String DueList_plan;
    public static String DueList_interval;
    public static String DueList_last;
    public static String DueList_never;
    public static String DueList_responsible;
    public static String DueList_overdueDays;
    public static String Completion_title;
    public static String Completion_messageOne;
    public static String Completion_messageMany;
    public static String Completion_date;
    public static String Completion_by;
    public static String Completion_notes;
    public static String Completion_checklist;
    public static String Completion_itemNote;
    public static String Completion_record;
    public static String Completion_badDate;
    public static String Completion_noPerson;
    public static String Completion_failNeedsNote;
    public static String Register_title;
    public static String Register_sheetName;
    public static String Register_nextDue;
    public static String Register_summary;
    public static String Asset_plans;
    public static String Asset_plan;
    public static String Asset_planKind;
    public static String Asset_ownPlan;
    public static String Asset_categoryPlan;
    public static String Asset_checklist;
    public static String Asset_addPlan;
    public static String Asset_newPlan;
    public static String Asset_noPlan;
    public static String Asset_history;
    public static String Asset_by;
    public static String Asset_results;
    public static String Asset_allPassed;
    public static String Asset_failed;
    public static String Asset_findings;
    public static String Asset_hazards;
    public static String Inspection_asset;
    public static String Inspection_results;
    public static String Inspection_raise;
    public static String Inspection_photo;
    public static String Inspection_photoNamed;
    public static String Inspection_photoTip;
    public static String Inspection_hazards;
    public static String Inspection_nothingToRaise;
    public static String Hazard_start;
    public static String Hazard_rectify;
    public static String Hazard_accept;
    public static String Hazard_rectifyTitle;
    public static String Hazard_acceptTitle;
    public static String Hazard_state;
    public static String Hazard_overdue;
    public static String Hazard_raisedByRecord;
    public static String Hazard_raisedByDrill;
    public static String Hazard_photos;
    public static String Step_date;
    public static String Step_by;
    public static String Step_future;
    public static String Board_title;
    public static String Board_register;
    public static String Board_registerFile;
    public static String Board_column;
    public static String Board_chart;
    public static String Board_found;
    public static String Board_rectified;
    public static String Board_accepted;
    public static String Board_overdue;
    public static String Board_summary;
    public static String Matrix_title;
    public static String Matrix_kind;
    public static String Matrix_new;
    public static String Matrix_summary;
    public static String Matrix_noneOpen;
    public static String Drill_raise;
    public static String Drill_raised;
    public static String Drill_noFindings;
    public static String Drill_alreadyRaised;
    public static String Statistics_title;
    public static String Statistics_export;
    public static String Statistics_file;
    public static String Statistics_inspections;
    public static String Statistics_inspectionsFile;
    public static String Statistics_summary;
    public static String Preferences_description;
    public static String Preferences_deadline;
    public static String Preferences_deadlineRange;
    public static String Preferences_notice;
    public static String Preferences_noticeRange;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
