package org.garrison.internal.ui;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.ui.store.WorkbenchStore;
import org.garrison.ui.GarrisonUI;

/**
 * Opens the store, starts the Garrison workbench on it, and returns how it ended.
 */
public class GarrisonApplication implements IApplication {

    /** The exit code when no window can be opened at all. */
    static final Integer EXIT_NO_DISPLAY = 2;

    @Override
    public Object start(IApplicationContext context) {
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            // started where no desktop answers (a server's shell, a lost DISPLAY): one sentence instead of the platform's
            // "An error has occurred. See the log file"
            System.err.println(NLS.bind(Messages.Application_noDisplay, e.getMessage(), java.util.Objects.toString(System.getenv("DISPLAY"), ""))); //$NON-NLS-1$ //$NON-NLS-2$
            return EXIT_NO_DISPLAY;
        }
        WorkbenchStore store = new WorkbenchStore();
        try {
            if (!store.open(display)) {
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new GarrisonWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            awaitStoreWritingJobs();
            store.close();
            display.dispose();
        }
    }

    /** A sample district still being stored when the window closed is finished, not cut off. */
    private static void awaitStoreWritingJobs() {
        try {
            Job.getJobManager().join(GarrisonUI.STORE_WRITING_JOBS, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
