package org.garrison.internal.ui.about;

import org.osgi.framework.Version;

/**
 * The product version and build id, both read from the bundle version that the build stamps
 * (for example {@code 0.1.0.20261128-2001}: version 0.1.0, build id 20261128-2001).
 */
public record BuildInfo(String version, String buildId, java.util.List<AreaPlugin> areas) {

    /** An area of the navigator and the version of the plug-in that contributes it (a department plug-in's release). */
    public record AreaPlugin(String area, String version) {
    }

    /** The running product: the workbench bundle's version and every area's plug-in version. */
    public static BuildInfo running() {
        BuildInfo info = of(org.osgi.framework.FrameworkUtil.getBundle(BuildInfo.class).getVersion());
        java.util.List<AreaPlugin> areas = new java.util.ArrayList<>();
        for (org.garrison.internal.ui.areas.AreaDescriptor area : org.garrison.internal.ui.areas.AreaRegistry
                .read(org.eclipse.core.runtime.Platform.getExtensionRegistry())) {
            org.osgi.framework.Bundle plugin = org.eclipse.core.runtime.Platform.getBundle(area.contributor());
            areas.add(new AreaPlugin(area.name(), plugin == null ? "-" : plugin.getVersion().toString())); //$NON-NLS-1$
        }
        return new BuildInfo(info.version(), info.buildId(), java.util.List.copyOf(areas));
    }

    /**
     * What the dialog says, as lines of text: what a user pastes into a message to support, who needs to
     * know which release of every plug-in runs at that desk.
     */
    public String asText(String productName) {
        StringBuilder text = new StringBuilder(productName).append('\n')
                .append(org.eclipse.osgi.util.NLS.bind(org.garrison.internal.ui.Messages.About_version, version)).append('\n')
                .append(org.eclipse.osgi.util.NLS.bind(org.garrison.internal.ui.Messages.About_buildId, buildId)).append('\n');
        if (!areas.isEmpty()) {
            text.append(org.garrison.internal.ui.Messages.About_areas).append('\n');
            areas.forEach(plugin -> text.append("  ").append(plugin.area()).append('\t').append(plugin.version()).append('\n')); //$NON-NLS-1$
        }
        return text.toString();
    }

    public static BuildInfo of(Version bundleVersion) {
        String version = bundleVersion.getMajor() + "." + bundleVersion.getMinor() + "." + bundleVersion.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
        String qualifier = bundleVersion.getQualifier();
        return new BuildInfo(version, qualifier.isEmpty() ? "-" : qualifier, java.util.List.of()); //$NON-NLS-1$
    }
}
