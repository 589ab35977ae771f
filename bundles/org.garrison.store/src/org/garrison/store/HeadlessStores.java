package org.garrison.store;

import java.nio.file.Path;
import java.util.List;

import org.garrison.internal.store.StoreApiMessages;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The store of a headless command ({@code garrison report}, {@code garrison sample}): the one the
 * command line names ({@code -data-folder}, {@code -server}, {@code -user}), else the embedded
 * database in the Garrison home, as the workbench opens it by default; opened through the
 * {@link StoreProvider} service once it has started.
 */
public final class HeadlessStores {

    private static final long PROVIDER_WAIT_MILLIS = 20_000;

    private HeadlessStores() {
    }

    /**
     * Opens the store the arguments name (or the default one) from the bundle of {@code caller}.
     *
     * @throws IllegalArgumentException when an argument is malformed
     * @throws IllegalStateException    when no store provider has started
     */
    public static Store open(List<String> storeArguments, Class<?> caller) throws StoreException, InterruptedException {
        StoreSettings settings = StoreSettingsArguments.parse(storeArguments, System.getenv(), defaultSettings());
        return provider(caller).open(settings);
    }

    /** Opens the store of the settings through the {@link StoreProvider} service, from the bundle of {@code caller}. */
    public static Store open(StoreSettings settings, Class<?> caller) throws StoreException, InterruptedException {
        return provider(caller).open(settings);
    }

    /** The embedded database in the Garrison home ({@code garrison.home}, else {@code ~/.garrison}). */
    public static StoreSettings defaultSettings() {
        String home = System.getProperty("garrison.home"); //$NON-NLS-1$
        Path folder = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".garrison") : Path.of(home); //$NON-NLS-1$ //$NON-NLS-2$
        String bootPassword = System.getenv(StoreSettingsArguments.BOOT_PASSWORD_VARIABLE);
        return new StoreSettings.Embedded(folder, StoreSettings.DEFAULT_DATABASE,
                bootPassword == null || bootPassword.isEmpty() ? null : bootPassword.toCharArray());
    }

    private static StoreProvider provider(Class<?> caller) throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(bundle.getBundleContext(), StoreProvider.class, null);
        tracker.open();
        try {
            StoreProvider provider = tracker.waitForService(PROVIDER_WAIT_MILLIS);
            if (provider == null) {
                throw new IllegalStateException(StoreApiMessages.format("headless.noProvider")); //$NON-NLS-1$
            }
            return provider;
        } finally {
            tracker.close();
        }
    }
}
