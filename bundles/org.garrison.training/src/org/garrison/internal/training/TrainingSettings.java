package org.garrison.internal.training;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The training area's settings (窗口 &gt; 首选项 &gt; 军事训练). */
public final class TrainingSettings {

    public static final String NODE = "org.garrison.training"; //$NON-NLS-1$
    public static final String EXCELLENT = "grade.excellent"; //$NON-NLS-1$
    public static final String GOOD = "grade.good"; //$NON-NLS-1$
    public static final String PASS = "grade.pass"; //$NON-NLS-1$
    public static final String VALIDITY_YEARS = "instructor.validityYears"; //$NON-NLS-1$
    public static final int DEFAULT_VALIDITY_YEARS = 3;

    /** How long before a certificate expires its instructor is reminded of it. */
    public static final int EXPIRY_WARNING_DAYS = 60;

    private TrainingSettings() {
    }

    /** The grade thresholds in force; the defaults when the stored ones do not fall. */
    public static GradeScale gradeScale() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        try {
            return new GradeScale(node.getDouble(EXCELLENT, GradeScale.DEFAULT.excellent()), node.getDouble(GOOD, GradeScale.DEFAULT.good()),
                    node.getDouble(PASS, GradeScale.DEFAULT.pass()));
        } catch (IllegalArgumentException e) {
            return GradeScale.DEFAULT;
        }
    }

    /** Years an instructor's certificate is valid. */
    public static int validityYears() {
        int years = InstanceScope.INSTANCE.getNode(NODE).getInt(VALIDITY_YEARS, DEFAULT_VALIDITY_YEARS);
        return years > 0 ? years : DEFAULT_VALIDITY_YEARS;
    }
}
