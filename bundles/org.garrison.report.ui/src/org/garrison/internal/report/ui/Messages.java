package org.garrison.internal.report.ui;

import org.eclipse.osgi.util.NLS;

/** The report workbench texts, Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.report.ui.messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Options_title;
    public static String Options_description;
    public static String Options_year;
    public static String Options_scope;
    public static String Options_district;
    public static String Options_formats;
    public static String Options_docx;
    public static String Options_pdf;
    public static String Options_appendix;
    public static String Options_folder;
    public static String Options_defaultFolder;
    public static String Options_browse;
    public static String Options_folderMissing;
    public static String Options_files;
    public static String Prose_title;
    public static String Prose_description;
    public static String Prose_fromPrevious;
    public static String Prose_fromDefaults;
    public static String Prose_stored;
    public static String Prose_title_label;
    public static String Prose_opening;
    public static String Prose_theoryStudy;
    public static String Prose_dutiesNotes;
    public static String Prose_integrity;
    public static String Prose_problems;
    public static String Prose_plans;
    public static String Job_name;
    public static String Job_failed;
    public static String Done_title;
    public static String Done_message;
    public static String Done_open;
    public static String Done_openFolder;
    public static String Done_close;
    public static String Done_cannotOpen;
    public static String Store_missing;
    public static String Figures_year;
    public static String Figures_scope;
    public static String Figures_compute;
    public static String Figures_computing;
    public static String Figures_area;
    public static String Figures_name;
    public static String Figures_value;
    public static String Figures_definition;
    public static String Figures_id;
    public static String Figures_missing;
    public static String Figures_hint;
    public static String Figures_failed;
    public static String Records_title;
    public static String Records_message;
    public static String Records_record;
    public static String Records_id;
    public static String Records_partOf;
    public static String Records_amount;
    public static String Options_asOf;
    public static String Options_asOfHint;
    public static String Options_asOfInvalid;
    public static String Options_asOfBeforeYear;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

}
