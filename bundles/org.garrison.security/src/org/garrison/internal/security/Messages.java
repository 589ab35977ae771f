package org.garrison.internal.security;

import org.eclipse.osgi.util.NLS;

/** The security area's texts (registers, workbooks, reminders, refusals), Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.security.messages"; //$NON-NLS-1$
    public static String Texts_date;
    public static String Texts_month;
    public static String Texts_quarter;
    public static String Texts_interval;
    public static String Texts_listSeparator;
    public static String Matrix_missing;
    public static String Matrix_open;
    public static String Completion_commandLabel;
    public static String Completion_nothingChosen;
    public static String Completion_noDay;
    public static String Completion_future;
    public static String Completion_beforeLast;
    public static String Inspection_hazardDescription;
    public static String Inspection_commandLabel;
    public static String Hazard_notPending;
    public static String Hazard_alreadyRectified;
    public static String Hazard_rectifyNeeds;
    public static String Hazard_rectifiedBeforeFound;
    public static String Hazard_alreadyAccepted;
    public static String Hazard_notRectified;
    public static String Hazard_acceptNeeds;
    public static String Hazard_acceptorIsRectifier;
    public static String Hazard_acceptedBeforeRectified;
    public static String Hazard_rectifyLabel;
    public static String Hazard_acceptLabel;
    public static String Due_maintenance;
    public static String Due_maintenanceOverdue;
    public static String Due_hazardOverdue;
    public static String Due_activity;
    public static String Due_inspection;
    public static String Due_insurance;
    public static String Due_linkedUnit;
    public static String Statistics_sheet;
    public static String Statistics_title;
    public static String Statistics_maintenance;
    public static String Statistics_onTime;
    public static String Statistics_overdue;
    public static String Statistics_hazardsFound;
    public static String Statistics_hazardsRectified;
    public static String Statistics_hazardsAccepted;
    public static String Statistics_hazardsOverdue;
    public static String Statistics_drills;
    public static String Statistics_month;
    public static String Statistics_found;
    public static String Statistics_rectified;
    public static String Statistics_accepted;
    public static String Statistics_overdueHazards;
    public static String Statistics_activity;
    public static String Register_number;
    public static String Register_date;
    public static String Register_asset;
    public static String Register_work;
    public static String Register_by;
    public static String Register_results;
    public static String Register_findings;
    public static String Register_year;
    public static String Register_count;
    public static String Register_open;
    public static String Register_inspectionsTitle;
    public static String Register_hazardsTitle;
    public static String Register_foundOn;
    public static String Register_source;
    public static String Register_hazard;
    public static String Register_severity;
    public static String Register_owner;
    public static String Register_deadline;
    public static String Register_measures;
    public static String Register_rectified;
    public static String Register_accepted;
    public static String Register_state;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
