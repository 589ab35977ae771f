package org.garrison.ui;

/**
 * Identifiers of the Garrison workbench that other bundles contribute to.
 */
public final class GarrisonUI {

    /** The symbolic name of this bundle. */
    public static final String PLUGIN_ID = "org.garrison.ui"; //$NON-NLS-1$

    /** The product (branding) identifier. */
    public static final String PRODUCT_ID = PLUGIN_ID + ".product"; //$NON-NLS-1$

    /** The main perspective that the workbench opens with. */
    public static final String PERSPECTIVE_ID = PLUGIN_ID + ".perspective"; //$NON-NLS-1$

    /** The navigator view that shows every area's records. */
    public static final String NAVIGATOR_VIEW_ID = PLUGIN_ID + ".navigator"; //$NON-NLS-1$

    /**
     * System property with the folder that holds the workspace and data; the start script sets it,
     * and {@code ~/.garrison} is the default.
     */
    public static final String HOME_PROPERTY = "garrison.home"; //$NON-NLS-1$

    private GarrisonUI() {
    }
}
