package org.garrison.report;

import java.util.List;
import java.util.Locale;

import org.garrison.store.StoreException;

/**
 * One figure of the annual report (全年完成X个批次…): what it counts, from which records, for which
 * year and scope, computed by the database. Contributed through the extension point
 * {@code org.garrison.report.figures}, so that a department plug-in adds its own.
 */
public interface Figure {

    /** Stable id, e.g. {@code training.batches}; templates and the appendix name figures by it. */
    String id();

    /** The area it belongs to, e.g. {@code training}; the figures view groups by it. */
    String area();

    /** Short name in the locale (Chinese is the root language), e.g. 训练批次. */
    String name(Locale locale);

    /** What is counted, from which records, for which year and scope, in words a person can check. */
    String definition(Locale locale);

    /** How the value reads: a count of things, or a share. */
    FigureUnit unit();

    /**
     * The value for the context's year and scope, computed by the database. A figure that has no
     * meaning for a scope (the headquarters' study sessions in a town's report) answers
     * {@link FigureValue#missing()}.
     */
    FigureValue compute(FigureContext context) throws StoreException;

    /** The records the value counted (one row per counted record, or per summed record), so anyone can check it. */
    List<CountedRecord> records(FigureContext context) throws StoreException;
}
