package org.garrison.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.garrison.store.Store;
import org.garrison.store.StoreProvider;
import org.garrison.store.StoreSettings;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** A new embedded database per test class, opened through the store service as the product opens it. */
public final class TestStores {

    private TestStores() {
    }

    public static Store fresh(String name) throws Exception {
        Path folder = Path.of(System.getProperty("garrison.test.data", "target/test-data"), name + "-" + System.nanoTime());
        Files.createDirectories(folder);
        return provider().open(new StoreSettings.Embedded(folder, StoreSettings.DEFAULT_DATABASE, null));
    }

    private static StoreProvider provider() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(TestStores.class).getBundleContext();
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(context, StoreProvider.class, null);
        tracker.open();
        try {
            StoreProvider provider = tracker.waitForService(20_000);
            if (provider == null) {
                throw new IllegalStateException("No StoreProvider service: is org.apache.felix.scr started?");
            }
            return provider;
        } finally {
            tracker.close();
        }
    }
}
