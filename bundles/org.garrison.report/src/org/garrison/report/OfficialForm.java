package org.garrison.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.internal.report.document.FormDocxWriter;
import org.garrison.model.labels.ModelLabels;

/**
 * A paper register of an area written as a Word form in the report's official style (GB/T 9704
 * page, fonts and page numbers): a record as label–value rows, a list as a table, paragraphs between.
 * Areas print their registers with it and need no document code of their own. No display needed.
 * <pre>
 * OfficialForm.titled("安全检查登记表").record(inspection, Locale.CHINA).writeDocx(file);
 * </pre>
 */
public final class OfficialForm {

    private final String title;
    private final List<FormDocxWriter.Block> blocks = new ArrayList<>();

    private OfficialForm(String title) {
        this.title = title;
    }

    public static OfficialForm titled(String title) {
        return new OfficialForm(title);
    }

    /** Rows of a label and its value, in the order given. */
    public OfficialForm fields(List<String[]> labelledValues) {
        blocks.add(new FormDocxWriter.Fields(List.copyOf(labelledValues)));
        return this;
    }

    /**
     * The record's own fields, labelled as the model names them: every single-valued attribute and
     * reference that is stored or computed for reading (an identity number's sex and birth date),
     * values as staff read them (enumerations by their names, records by their names).
     */
    public OfficialForm record(EObject record, Locale locale) {
        List<String[]> rows = new ArrayList<>();
        for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
            if (feature.isMany() || feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())
                    || isAudit(feature) || feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == byte[].class) {
                continue;
            }
            rows.add(new String[] { ModelLabels.of(feature, locale), text(record.eGet(feature), locale) });
        }
        return fields(rows);
    }

    /** A table: its header and its rows of texts. */
    public OfficialForm table(List<String> headers, List<List<String>> rows) {
        blocks.add(new FormDocxWriter.Table(List.copyOf(headers), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    public OfficialForm heading(String text) {
        blocks.add(new FormDocxWriter.Text(text, true));
        return this;
    }

    public OfficialForm paragraph(String text) {
        blocks.add(new FormDocxWriter.Text(text, false));
        return this;
    }

    public void writeDocx(Path file) throws IOException {
        new FormDocxWriter().write(title, blocks, file);
    }

    /** A value as a form shows it. */
    public static String text(Object value, Locale locale) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Enumerator literal) {
            return ModelLabels.of(literal, locale);
        }
        if (value instanceof Boolean yes) {
            return yes ? org.garrison.internal.report.ReportMessages.Form_yes : org.garrison.internal.report.ReportMessages.Form_no;
        }
        if (value instanceof EObject record) {
            EStructuralFeature name = record.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
            return name != null && record.eGet(name) != null ? record.eGet(name).toString() : ModelLabels.describe(record, locale);
        }
        return value.toString();
    }

    private static boolean isAudit(EStructuralFeature feature) {
        return "Record".equals(feature.getEContainingClass().getName()); //$NON-NLS-1$
    }
}
