package org.garrison.internal.ui;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.ui.store.WorkbenchStore;
import org.garrison.ui.GarrisonUI;

/**
 * Opens the store, starts the Garrison workbench on it, and returns how it ended.
 */
public class GarrisonApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
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
