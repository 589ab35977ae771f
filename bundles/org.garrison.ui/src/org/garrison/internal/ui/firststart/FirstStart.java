package org.garrison.internal.ui.firststart;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.garrison.model.core.CorePackage;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;

/**
 * The first start on an empty database: offers a sample district. Scripted starts and test
 * runs turn the offer off with {@code -Dgarrison.offerSample=false}.
 */
public final class FirstStart {

    public static final String OFFER_PROPERTY = "garrison.offerSample"; //$NON-NLS-1$

    private FirstStart() {
    }

    public static void offer(Shell shell, Store store) {
        if (store == null || !Boolean.parseBoolean(System.getProperty(OFFER_PROPERTY, "true")) || !isEmpty(store)) { //$NON-NLS-1$
            return;
        }
        FirstStartDialog dialog = new FirstStartDialog(shell, store.settings().describe());
        if (dialog.open() == Window.OK && dialog.choice() != null) {
            writeSample(store, dialog.choice());
        }
    }

    /**
     * Writes the sample district in the background, its progress in the status line and the 进度 view
     * (with 取消). The workbench's progress service shows jobs only once it exists: the first job of a
     * session, started as the window opens, would otherwise run unseen.
     */
    public static SampleDistrictJob writeSample(Store store, org.garrison.sample.SampleSize size) {
        org.eclipse.ui.PlatformUI.getWorkbench().getProgressService();
        SampleDistrictJob job = new SampleDistrictJob(store, size);
        job.schedule();
        return job;
    }

    /** Whether the database holds no district yet (the first start offers the sample then). */
    public static boolean isEmpty(Store store) {
        try (StoreSession session = store.openSession()) {
            return session.count(Query.of(CorePackage.Literals.DISTRICT)) == 0;
        } catch (StoreException e) {
            ILog.of(FirstStart.class).log(new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, e.getMessage(), e));
            return false;
        }
    }
}
