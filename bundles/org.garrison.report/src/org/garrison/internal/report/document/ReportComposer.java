package org.garrison.internal.report.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.garrison.report.Figure;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureValue;
import org.garrison.report.ReportTexts;
import org.garrison.report.ReportTexts.Section;

/**
 * Lays the report out as the department writes it (../shared/seed): title, opening, 一 the author's
 * study prose, 二 four paragraphs of template sentences filled with the year's figures, 三 四 五 the
 * author's prose. Records which figures the text printed, so that the report can be checked.
 */
public final class ReportComposer {

    private static final String[] DUTIES = { "study", "training", "mobilization", "security" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final Properties template = ReportTemplateFiles.template();
    private final FigureCatalog catalog;
    private final Map<String, FigureValue> values;
    private final Set<String> printed = new LinkedHashSet<>();

    private final java.time.LocalDate soFar;
    private final List<DepartmentParagraphs> departments = DepartmentParagraphs.contributed();

    public ReportComposer(FigureCatalog catalog, Map<String, FigureValue> values) {
        this(catalog, values, null);
    }

    /**
     * @param soFar the as-of day when the year is not over yet (the text then counts 截至 that day
     *              instead of 全年, and says so under the title); null for a year that is over
     */
    public ReportComposer(FigureCatalog catalog, Map<String, FigureValue> values, java.time.LocalDate soFar) {
        this.catalog = catalog;
        this.values = values;
        this.soFar = soFar;
    }

    public List<ReportBlock> compose(EObject texts) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock(ReportBlock.Kind.TITLE, ReportTexts.text(texts, Section.TITLE)));
        if (soFar != null) {
            blocks.add(new ReportBlock(ReportBlock.Kind.PARAGRAPH, java.text.MessageFormat.format(template.getProperty("asOf.note"), //$NON-NLS-1$
                    String.valueOf(soFar.getYear()), String.valueOf(soFar.getMonthValue()), String.valueOf(soFar.getDayOfMonth()))));
        }
        prose(blocks, ReportTexts.text(texts, Section.OPENING));
        heading(blocks, 1);
        prose(blocks, ReportTexts.text(texts, Section.THEORY_STUDY));
        heading(blocks, 2);
        for (Paragraph part : sectionTwo()) {
            String written = paragraph(part.sentences(), part.list());
            String paragraph = soFar == null ? written
                    : written.replace(template.getProperty("asOf.wholeYear"), java.text.MessageFormat.format(template.getProperty("asOf.soFar"), //$NON-NLS-1$ //$NON-NLS-2$
                            String.valueOf(soFar.getMonthValue()), String.valueOf(soFar.getDayOfMonth())));
            if (!paragraph.isEmpty()) {
                blocks.add(new ReportBlock(ReportBlock.Kind.PARAGRAPH, paragraph));
            }
        }
        prose(blocks, ReportTexts.text(texts, Section.DUTIES_NOTES));
        heading(blocks, 3);
        prose(blocks, ReportTexts.text(texts, Section.INTEGRITY));
        heading(blocks, 4);
        prose(blocks, ReportTexts.text(texts, Section.PROBLEMS));
        heading(blocks, 5);
        prose(blocks, ReportTexts.text(texts, Section.PLANS));
        return blocks;
    }

    /** The ids of the figures whose values the composed text prints. */
    public Set<String> printedFigures() {
        return printed;
    }

    /** One paragraph of section 二: where its sentences are, and the key listing them. */
    private record Paragraph(String id, Properties sentences, String list) {
    }

    /** The four duties in their order, each department's paragraph after the one it names (or at the end). */
    private List<Paragraph> sectionTwo() {
        List<Paragraph> parts = new ArrayList<>();
        for (String duty : DUTIES) {
            parts.add(new Paragraph(duty, template, "paragraph." + duty)); //$NON-NLS-1$
        }
        List<DepartmentParagraphs> pending = new ArrayList<>(departments);
        boolean placed = true;
        while (placed && !pending.isEmpty()) {
            placed = false;
            for (java.util.Iterator<DepartmentParagraphs> it = pending.iterator(); it.hasNext();) {
                DepartmentParagraphs department = it.next();
                int anchor = department.after() == null ? parts.size() - 1 : indexOf(parts, department.after());
                if (anchor >= 0) {
                    parts.add(anchor + 1, new Paragraph(department.id(), department.sentences(), "paragraph")); //$NON-NLS-1$
                    it.remove();
                    placed = true;
                }
            }
        }
        // a paragraph after one that is not there (its plug-in not installed) closes the section
        pending.forEach(department -> parts.add(new Paragraph(department.id(), department.sentences(), "paragraph"))); //$NON-NLS-1$
        return parts;
    }

    private static int indexOf(List<Paragraph> parts, String id) {
        int at = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).id().equals(id)) {
                at = i;
            }
        }
        // after a duty and whatever other departments already follow it
        while (at >= 0 && at + 1 < parts.size() && !java.util.Arrays.asList(DUTIES).contains(parts.get(at + 1).id())) {
            at++;
        }
        return at;
    }

    /** The paragraph of one part of section 二: its sentences that have their figures. */
    private String paragraph(Properties sentences, String listKey) {
        StringBuilder paragraph = new StringBuilder();
        for (String key : sentences.getProperty(listKey).trim().split("[\\s,，]+")) { // spaces, as the template writes them, or commas //$NON-NLS-1$
            String sentence = sentence(sentences, key);
            if (sentence != null) {
                paragraph.append(sentence);
            }
        }
        return paragraph.toString();
    }

    /** The sentence, else its zero wording when its figures are known but nothing, else null. */
    private String sentence(Properties sentences, String key) {
        if (sentences.getProperty(key) == null) {
            return null;
        }
        SentenceTemplate sentence = new SentenceTemplate(sentences.getProperty(key));
        String rendered = sentence.render(this::printed);
        if (rendered != null) {
            note(sentence, rendered);
            return rendered;
        }
        String zeroKey = key + ".zero"; //$NON-NLS-1$
        if (sentences.containsKey(zeroKey) && sentence.figures().stream().noneMatch(id -> value(id).isMissing())) {
            SentenceTemplate zero = new SentenceTemplate(sentences.getProperty(zeroKey));
            String zeroRendered = zero.render(this::printed);
            if (zeroRendered != null) {
                note(zero, zeroRendered);
            }
            return zeroRendered;
        }
        return null;
    }

    private void note(SentenceTemplate sentence, String rendered) {
        for (String id : sentence.figures()) {
            FigureValue value = value(id);
            if (!value.isNothing() && rendered.contains(value.text(catalog.figure(id).unit()))) {
                printed.add(id);
            }
        }
    }

    private String printed(String id) {
        FigureValue value = value(id);
        Figure figure = catalog.figure(id);
        return value.isMissing() || figure == null ? null : value.text(figure.unit());
    }

    private FigureValue value(String id) {
        FigureValue value = values.get(id);
        return value == null ? FigureValue.missing() : value;
    }

    private void heading(List<ReportBlock> blocks, int section) {
        blocks.add(new ReportBlock(ReportBlock.Kind.HEADING, template.getProperty("heading." + section))); //$NON-NLS-1$
    }

    private static void prose(List<ReportBlock> blocks, String text) {
        for (String paragraph : text.split("\\R")) { //$NON-NLS-1$
            if (!paragraph.isBlank()) {
                blocks.add(new ReportBlock(ReportBlock.Kind.PARAGRAPH, paragraph.strip()));
            }
        }
    }
}
