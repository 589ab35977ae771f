package org.garrison.report;

import java.nio.file.Path;

import org.garrison.model.core.OrgUnit;

/**
 * What to write: the year, the day it is counted as of (null: the default, the year's last day once
 * it is over, else today), the scope (null for the district, else one town), and the files — the
 * Word document, and when not null the PDF and the appendix workbook.
 */
public record ReportRequest(int year, java.time.LocalDate asOf, OrgUnit scope, Path docx, Path pdf, Path appendix) {

    /** Counted as of the default day. */
    public ReportRequest(int year, OrgUnit scope, Path docx, Path pdf, Path appendix) {
        this(year, null, scope, docx, pdf, appendix);
    }

    /** The as-of day, the default filled in. */
    public java.time.LocalDate countedAsOf() {
        return asOf != null ? asOf : FigureContext.defaultAsOf(year, java.time.LocalDate.now());
    }
}
