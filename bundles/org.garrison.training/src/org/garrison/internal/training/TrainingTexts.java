package org.garrison.internal.training;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.Grade;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.training.Instructor;

/** How the training area writes dates, scores, grades and shares, and reads the headers of score files. */
public final class TrainingTexts {

    private static final Set<String> NAME_HEADERS = Set.of("姓名", "name"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> IDENTITY_HEADERS = Set.of("公民身份号码", "身份证号", "身份证号码", "identity number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Set<String> IGNORED_HEADERS = Set.of("序号", "no.", "单位", "所在单位", "unit", "缺考项数", "missing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    private TrainingTexts() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : NLS.bind(Messages.Texts_date, new Object[] { date.getYear(), date.getMonthValue(), date.getDayOfMonth() }); //$NON-NLS-1$
    }

    /** 92, 92.5 (no ".0"). */
    public static String score(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score);
    }

    public static String grade(Grade grade, Locale locale) {
        return label(grade, locale);
    }

    public static String label(Enumerator literal, Locale locale) {
        return literal == null ? "" : ModelLabels.of(literal, locale); //$NON-NLS-1$
    }

    public static String share(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String name(Instructor instructor) {
        return instructor.getPerson() == null ? "" : instructor.getPerson().getName(); //$NON-NLS-1$
    }

    /** The header of a subject's grade column in a score file: 轻武器射击（等级）. */
    public static String gradeHeader(String subject) {
        return NLS.bind(Messages.Sheet_gradeColumn, subject);
    }

    static boolean isNameHeader(String header) {
        return NAME_HEADERS.contains(header.toLowerCase(Locale.ROOT));
    }

    static boolean isIdentityHeader(String header) {
        return IDENTITY_HEADERS.contains(header.toLowerCase(Locale.ROOT));
    }

    /** Columns a score file may carry besides names and scores: numbers, units, our own grade and missing columns. */
    static boolean isIgnoredHeader(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        return IGNORED_HEADERS.contains(lower) || lower.endsWith("（等级）") || lower.endsWith("(grade)") //$NON-NLS-1$ //$NON-NLS-2$
                || lower.equals(Messages.Sheet_missing.toLowerCase(Locale.ROOT));
    }

    /** A score as people type it (full-width digits and point included); null when it is not a number. */
    public static Double parseScore(String text) {
        StringBuilder plain = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                plain.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                plain.append('.');
            } else {
                plain.append(c);
            }
        }
        try {
            double value = Double.parseDouble(plain.toString());
            return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
