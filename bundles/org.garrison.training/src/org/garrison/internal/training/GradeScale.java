package org.garrison.internal.training;

import org.garrison.model.core.Grade;

/**
 * How a score becomes a grade (优秀/良好/及格/不及格): at or above each threshold. The defaults are the
 * outline's 90/80/60; 窗口 &gt; 首选项 &gt; 军事训练 changes them.
 */
public record GradeScale(double excellent, double good, double pass) {

    public static final GradeScale DEFAULT = new GradeScale(90, 80, 60);

    public GradeScale {
        if (!(excellent > good && good > pass && pass > 0 && excellent <= 100)) {
            throw new IllegalArgumentException("thresholds must fall: " + excellent + " > " + good + " > " + pass + " > 0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    public Grade gradeOf(double score) {
        if (score >= excellent) {
            return Grade.EXCELLENT;
        }
        if (score >= good) {
            return Grade.GOOD;
        }
        return score >= pass ? Grade.PASS : Grade.FAIL;
    }

    public static boolean passed(Grade grade) {
        return grade != null && grade != Grade.FAIL;
    }
}
