package org.garrison.ui;

import org.garrison.internal.ui.GarrisonHome;
import org.garrison.internal.ui.store.WorkbenchStore;
import org.garrison.store.Store;

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

    /** The view listing the problems of the open record editors. */
    public static final String PROBLEMS_VIEW_ID = PLUGIN_ID + ".problems"; //$NON-NLS-1$

    /**
     * System property with the folder that holds the workspace and data; the start script sets it,
     * and {@code ~/.garrison} is the default.
     */
    public static final String HOME_PROPERTY = "garrison.home"; //$NON-NLS-1$

    private GarrisonUI() {
    }

    /**
     * The store the workbench works on, opened before its first window (also registered as an OSGi
     * {@link Store} service, for components); null before the workbench started or after it closed.
     */
    public static Store getStore() {
        return WorkbenchStore.current();
    }

    /**
     * The name of the area a figure or record belongs to, as the areas' plug-ins name it in the navigator
     * (in the user's language): {@code study} or {@code org.garrison.study} → 政治学习; a department's area by its
     * id or the id's last segment. An id no area claims is answered as it is.
     */
    public static String areaName(String id) {
        if (id == null || org.eclipse.core.runtime.Platform.getExtensionRegistry() == null) {
            return id;
        }
        for (org.garrison.internal.ui.areas.AreaDescriptor area : org.garrison.internal.ui.areas.AreaRegistry.read(
                org.eclipse.core.runtime.Platform.getExtensionRegistry())) {
            if (area.id() != null && (area.id().equals(id) || area.id().endsWith("." + id)) && area.name() != null) { //$NON-NLS-1$
                return area.name();
            }
        }
        return id;
    }

    /**
     * The family of Jobs that write to the store on their own (the first start's sample district):
     * the application waits for them before it closes the store, so that quitting early loses nothing.
     */
    public static final Object STORE_WRITING_JOBS = new Object();

    /** The system property that makes another day today (a demonstration of June, a test): {@code garrison.today=2026-06-30}. */
    public static final String TODAY_PROPERTY = "garrison.today"; //$NON-NLS-1$

    /** The day the areas count as of: today, or the day {@code garrison.today} names (ignored when it is no date). */
    public static java.time.LocalDate today() {
        String fixed = System.getProperty(TODAY_PROPERTY);
        try {
            return fixed == null || fixed.isBlank() ? java.time.LocalDate.now() : java.time.LocalDate.parse(fixed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDate.now();
        }
    }

    /** Where the records are, as the status line shows it. */
    public static String storeLocation() {
        Store store = getStore();
        return store == null ? GarrisonHome.folder().toString() : store.settings().describe();
    }
}
