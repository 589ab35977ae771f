package org.garrison.internal.study;

import org.eclipse.core.runtime.preferences.InstanceScope;

/** The study area's settings (窗口 &gt; 首选项 &gt; 政治学习). */
public final class StudySettings {

    public static final String NODE = "org.garrison.study"; //$NON-NLS-1$
    public static final String MAKE_UP_DAYS = "makeUp.days"; //$NON-NLS-1$
    public static final int DEFAULT_MAKE_UP_DAYS = 14;

    /** The share of the expected who must attend a session (domain.md: attendance of at least 90%). */
    public static final double ATTENDANCE_TARGET = 0.9;

    private StudySettings() {
    }

    /** Days after a session within which an absentee makes it up. */
    public static int makeUpDays() {
        int days = InstanceScope.INSTANCE.getNode(NODE).getInt(MAKE_UP_DAYS, DEFAULT_MAKE_UP_DAYS);
        return days > 0 ? days : DEFAULT_MAKE_UP_DAYS;
    }
}
