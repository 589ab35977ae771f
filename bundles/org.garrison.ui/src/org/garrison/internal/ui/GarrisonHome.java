package org.garrison.internal.ui;

import java.nio.file.Path;

import org.garrison.ui.GarrisonUI;

/**
 * The folder where Garrison keeps its workspace and data: {@code garrison.home} when the start
 * script sets it, otherwise {@code ~/.garrison}.
 */
public final class GarrisonHome {

    private GarrisonHome() {
    }

    public static Path folder() {
        String configured = System.getProperty(GarrisonUI.HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".garrison"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
