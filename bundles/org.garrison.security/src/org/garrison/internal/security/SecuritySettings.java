package org.garrison.internal.security;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The security area's preferences: the days a hazard found gets for its rectification, the days ahead vehicles' and units' dues are reminded. */
public final class SecuritySettings {

    public static final String BUNDLE = "org.garrison.security"; //$NON-NLS-1$
    public static final String DEADLINE_DAYS = "hazardDeadlineDays"; //$NON-NLS-1$
    public static final String NOTICE_DAYS = "noticeDays"; //$NON-NLS-1$
    public static final int DEFAULT_DEADLINE_DAYS = 15;
    public static final int DEFAULT_NOTICE_DAYS = 30;

    private SecuritySettings() {
    }

    public static int deadlineDays() {
        return Platform.isRunning() ? preferences().getInt(DEADLINE_DAYS, DEFAULT_DEADLINE_DAYS) : DEFAULT_DEADLINE_DAYS;
    }

    public static int noticeDays() {
        return Platform.isRunning() ? preferences().getInt(NOTICE_DAYS, DEFAULT_NOTICE_DAYS) : DEFAULT_NOTICE_DAYS;
    }

    public static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(BUNDLE);
    }
}
