package org.garrison.internal.sample.headless;

import org.eclipse.osgi.util.NLS;

/** The texts of {@code garrison sample}, Chinese by default, English second. */
public final class SampleMessages extends NLS {

    public static String Headless_usage;
    public static String Headless_badSize;
    public static String Headless_badDate;
    public static String Headless_badSeed;
    public static String Headless_unknownOption;
    public static String Headless_missingValue;
    public static String Headless_notEmpty;
    public static String Headless_written;
    public static String Headless_failed;

    static {
        NLS.initializeMessages(SampleMessages.class.getPackageName() + ".messages", SampleMessages.class); //$NON-NLS-1$
    }

    private SampleMessages() {
    }
}
