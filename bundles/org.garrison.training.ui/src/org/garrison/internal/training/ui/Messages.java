package org.garrison.internal.training.ui;

import org.eclipse.osgi.util.NLS;

/** The training area's texts in the workbench, Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.training.ui.messages"; //$NON-NLS-1$
    public static String Training_title;
    public static String Training_listSeparator;
    public static String Training_noLedger;
    public static String Training_notSaved;
    public static String Batch_title;
    public static String Batch_detailsTab;
    public static String Batch_gridTab;
    public static String Batch_subject;
    public static String Batch_hours;
    public static String Batch_subjectKind;
    public static String Batch_subjectsByPlan;
    public static String Batch_noPlan;
    public static String Batch_attachments;
    public static String Batch_import;
    public static String Batch_export;
    public static String Batch_register;
    public static String Batch_close;
    public static String Batch_name;
    public static String Batch_identity;
    public static String Batch_missingColumn;
    public static String Batch_sheet;
    public static String Batch_registerFile;
    public static String Batch_importFailed;
    public static String Batch_problemLine;
    public static String Batch_importProblems;
    public static String Batch_problems;
    public static String Batch_notClosed;
    public static String Batch_closedOn;
    public static String Batch_subjectRate;
    public static String Batch_summary;
    public static String Batch_defaultPlace;
    public static String Task_dispatched;
    public static String Chooser_instructors;
    public static String Chooser_yes;
    public static String Chooser_no;
    public static String Chooser_expired;
    public static String Chooser_training;
    public static String Chooser_untrained;
    public static String Schedule_title;
    public static String Schedule_new;
    public static String Schedule_clashes;
    public static String Schedule_noClashes;
    public static String Schedule_summary;
    public static String Schedule_batchTip;
    public static String Schedule_taskTip;
    public static String Schedule_ongoing;
    public static String Schedule_closed;
    public static String Schedule_notClosed;
    public static String Schedule_planned;
    public static String Coverage_title;
    public static String Coverage_chart;
    public static String Coverage_town;
    public static String Coverage_unit;
    public static String Coverage_core;
    public static String Coverage_trained;
    public static String Coverage_share;
    public static String Coverage_untrained;
    public static String Coverage_name;
    public static String Coverage_identity;
    public static String Coverage_summary;
    public static String Statistics_title;
    public static String Statistics_export;
    public static String Statistics_chart;
    public static String Statistics_subject;
    public static String Statistics_assessed;
    public static String Statistics_passed;
    public static String Statistics_passRate;
    public static String Statistics_level;
    public static String Statistics_event;
    public static String Statistics_best;
    public static String Statistics_placing;
    public static String Statistics_who;
    public static String Statistics_taskKind;
    public static String Statistics_tasks;
    public static String Statistics_persons;
    public static String Statistics_places;
    public static String Statistics_level_count;
    public static String Statistics_instructorsLine;
    public static String Statistics_summary;
    public static String Statistics_file;
    public static String Statistics_exporting;
    public static String Statistics_exportFailed;
    public static String Plan_title;
    public static String Plan_none;
    public static String Plan_defaultTitle;
    public static String Plan_copy;
    public static String Plan_exists;
    public static String Plan_copied;
    public static String Plan_addSubject;
    public static String Plan_removeSubject;
    public static String Plan_newSubject;
    public static String Plan_subject;
    public static String Plan_batches;
    public static String Plan_batchesValue;
    public static String Plan_planned;
    public static String Plan_delivered;
    public static String Plan_share;
    public static String Plan_chart;
    public static String Preferences_description;
    public static String Preferences_excellent;
    public static String Preferences_good;
    public static String Preferences_pass;
    public static String Preferences_threshold;
    public static String Preferences_order;
    public static String Preferences_validity;
    public static String Preferences_validityRange;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
