package org.garrison.internal.ui.store;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.garrison.internal.ui.Messages;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreProvider;
import org.garrison.store.StoreSettings;
import org.garrison.ui.GarrisonUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The store this workbench works on: opened before the first window, offered to every bundle as
 * an OSGi {@link Store} service, closed after the last window. A store that cannot be opened is
 * explained in a dialog, and the workbench does not start.
 */
public final class WorkbenchStore {

    private static final long PROVIDER_WAIT_MILLIS = 20_000;

    private static volatile Store current;

    private Store store;
    private ServiceRegistration<Store> registration;

    /**
     * Puts another store in the running workbench's place and answers the one it replaced: for tests
     * that play another user of the same records (the same store with other roles).
     */
    public static Store swap(Store replacement) {
        Store previous = current;
        current = replacement;
        return previous;
    }

    /** The open store of the running workbench, or null. */
    public static Store current() {
        return current;
    }

    /** Opens the store; answers false (after telling the user why) when it cannot. */
    private RunningWorkbench running;

    public boolean open(Display display) {
        StoreSettings settings;
        try {
            settings = StoreLocation.resolve();
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(null, Messages.Store_cannotOpenTitle, e.getMessage());
            return false;
        }
        StoreException[] failure = new StoreException[1];
        if (settings instanceof StoreSettings.Server server && server.password() == null) {
            return login(display, server);
        }
        BusyIndicator.showWhile(display, () -> {
            try {
                store = provider().open(settings);
            } catch (StoreException e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof org.garrison.store.DatabaseInUseException) {
            // a second start on the same data: the running workbench comes to the front; where it cannot, one sentence. Nothing logged, no window.
            if (!(settings instanceof StoreSettings.Embedded embedded && RunningWorkbench.bringToFront(embedded.dataFolder()))) {
                MessageDialog.openInformation(null, Messages.Store_inUseTitle, NLS.bind(Messages.Store_inUse, settings.describe()));
            }
            return false;
        }
        if (failure[0] != null) {
            log(failure[0]);
            MessageDialog.openError(null, Messages.Store_cannotOpenTitle, NLS.bind(Messages.Store_cannotOpen, settings.describe(), failure[0].getMessage()));
            return false;
        }
        return opened(display, settings);
    }

    /**
     * On a shared server the user logs in: the dialog asks again, saying why, until the server accepts
     * the login or the user cancels. The user name is remembered for the next start, the password never.
     */
    private boolean login(Display display, StoreSettings.Server server) {
        String problem = null;
        StoreSettings.Server attempt = server;
        while (true) {
            LoginDialog dialog = new LoginDialog(null, attempt, problem);
            if (dialog.open() != org.eclipse.jface.window.Window.OK) {
                return false;
            }
            attempt = dialog.settings();
            StoreSettings.Server tried = attempt;
            StoreException[] failure = new StoreException[1];
            BusyIndicator.showWhile(display, () -> {
                try {
                    store = provider().open(tried);
                } catch (StoreException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] == null) {
                StoreLocation.rememberUser(tried.user());
                return opened(display, tried);
            }
            problem = failure[0].getMessage(); // said in the dialog: a mistyped password is not the program's error to log
            attempt = tried.withPassword(null);
        }
    }

    private boolean opened(Display display, StoreSettings settings) {
        if (settings instanceof StoreSettings.Embedded embedded) {
            running = RunningWorkbench.listen(embedded.dataFolder(), display);
        }
        BundleContext context = FrameworkUtil.getBundle(WorkbenchStore.class).getBundleContext();
        registration = context.registerService(Store.class, store, null);
        current = store;
        return true;
    }

    public void close() {
        current = null;
        if (running != null) {
            running.close();
            running = null;
        }
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** The store service the workbench opens its database with (also for a throw-away database). */
    public static StoreProvider provider() throws StoreException {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchStore.class).getBundleContext();
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(context, StoreProvider.class, null);
        tracker.open();
        try {
            StoreProvider provider = tracker.waitForService(PROVIDER_WAIT_MILLIS);
            if (provider == null) {
                throw new StoreException(Messages.Store_noProvider);
            }
            return provider;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(Messages.Store_noProvider, e);
        } finally {
            tracker.close();
        }
    }

    private static void log(StoreException e) {
        org.eclipse.core.runtime.ILog.of(WorkbenchStore.class).log(new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, e.getMessage(), e));
    }
}
