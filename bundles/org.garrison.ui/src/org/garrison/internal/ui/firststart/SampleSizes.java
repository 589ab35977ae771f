package org.garrison.internal.ui.firststart;

import org.eclipse.osgi.util.NLS;
import org.garrison.internal.ui.Messages;
import org.garrison.sample.SampleSize;

/** How the sample sizes are offered: by the number of militia members they hold. */
final class SampleSizes {

    static final SampleSize[] OFFERED = { SampleSize.SMALL, SampleSize.MEDIUM, SampleSize.LARGE };

    private SampleSizes() {
    }

    static String label(SampleSize size) {
        String kind = switch (size) {
            case TINY, SMALL, COMPACT -> Messages.FirstStart_small;
            case MEDIUM -> Messages.FirstStart_medium;
            case LARGE -> Messages.FirstStart_large;
        };
        return NLS.bind(kind, String.format("%,d", size.militiaMembers())); //$NON-NLS-1$
    }

    /** About 20 seconds, about 3 minutes. */
    static String duration(java.time.Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        return seconds < 90 ? NLS.bind(Messages.FirstStart_seconds, seconds) : NLS.bind(Messages.FirstStart_minutes, Math.round(seconds / 60.0));
    }
}
