package org.garrison.internal.ui.about;

import org.osgi.framework.Version;

/**
 * The product version and build id, both read from the bundle version that the build stamps
 * (for example {@code 0.1.0.20261128-2001}: version 0.1.0, build id 20261128-2001).
 */
public record BuildInfo(String version, String buildId) {

    public static BuildInfo of(Version bundleVersion) {
        String version = bundleVersion.getMajor() + "." + bundleVersion.getMinor() + "." + bundleVersion.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
        String qualifier = bundleVersion.getQualifier();
        return new BuildInfo(version, qualifier.isEmpty() ? "-" : qualifier); //$NON-NLS-1$
    }
}
