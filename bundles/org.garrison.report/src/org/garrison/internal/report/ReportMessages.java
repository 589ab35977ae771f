package org.garrison.internal.report;

import org.eclipse.osgi.util.NLS;

/** The report bundle's texts, Chinese by default, English second. */
public final class ReportMessages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.report.messages"; //$NON-NLS-1$

    public static String Report_task;
    public static String Report_figures;
    public static String Report_writing;
    public static String Report_noChineseFont;
    public static String Report_fontSubstituted;
    public static String Appendix_sheet;
    public static String Appendix_figureId;
    public static String Appendix_figure;
    public static String Appendix_value;
    public static String Appendix_record;
    public static String Appendix_recordId;
    public static String Appendix_partOf;
    public static String Appendix_amount;
    public static String Appendix_missing;
    public static String Appendix_none;
    public static String Headless_usage;
    public static String Headless_missingValue;
    public static String Headless_badYear;
    public static String Headless_noOut;
    public static String Headless_notDocx;
    public static String Headless_unknownOption;
    public static String Headless_noTown;
    public static String Headless_written;
    public static String Headless_note;
    public static String Headless_failed;
    public static String Headless_figures;

    public static String Form_yes;
    public static String Form_no;
    public static String Headless_badDate;
    public static String Headless_asOfBeforeYear;
    public static String Headless_notCsv;
    public static String FiguresCsv_sheet;
    public static String FiguresCsv_id;
    public static String FiguresCsv_name;
    public static String FiguresCsv_value;
    public static String FiguresCsv_asOf;
    public static String FiguresCsv_definition;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ReportMessages.class);
    }

    private ReportMessages() {
    }
}
