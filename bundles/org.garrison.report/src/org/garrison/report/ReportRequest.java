package org.garrison.report;

import java.nio.file.Path;

import org.garrison.model.core.OrgUnit;

/**
 * What to write: the year, the scope (null for the district, else one town), and the files — the
 * Word document, and when not null the PDF and the appendix workbook.
 */
public record ReportRequest(int year, OrgUnit scope, Path docx, Path pdf, Path appendix) {
}
