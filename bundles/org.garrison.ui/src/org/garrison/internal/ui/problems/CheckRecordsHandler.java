package org.garrison.internal.ui.problems;

import java.util.Locale;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.areas.AreaRegistry;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.ui.GarrisonUI;

/** 编辑 > 检查全部记录: validates every stored record in a Job and shows the result in the Problems view. */
public class CheckRecordsHandler extends AbstractHandler {

    /** The family of the checking job (tests wait for it). */
    public static final Object FAMILY = new Object();

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(GarrisonUI.PROBLEMS_VIEW_ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        schedule(GarrisonUI.getStore());
        return null;
    }

    /** Checks the store's records in the background, with progress and cancel. */
    public static Job schedule(Store store) {
        Set<EClass> openable = AreaRegistry.listedClasses(Platform.getExtensionRegistry());
        Locale locale = Locale.getDefault();
        Job job = new Job(Messages.Problems_checking) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    StoredProblems.get().check(store, openable, locale, monitor);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (StoreException e) {
                    return new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, NLS.bind(Messages.Problems_checkFailed, e.getMessage()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
