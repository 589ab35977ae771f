package org.garrison.internal.report.document;

/** One block of the report as it is printed: the title, a first-level heading, or a body paragraph. */
public record ReportBlock(Kind kind, String text) {

    public enum Kind {
        TITLE, HEADING, PARAGRAPH
    }
}
