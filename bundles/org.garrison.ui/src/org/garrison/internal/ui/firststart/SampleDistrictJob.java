package org.garrison.internal.ui.firststart;

import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.garrison.internal.ui.Messages;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * Creates a sample district in the store, in the background with progress. Cancelling stops the
 * commit between batches and writes nothing; the navigator shows the district once committed.
 */
public final class SampleDistrictJob extends Job {

    private final Store store;
    private final SampleSize size;

    public SampleDistrictJob(Store store, SampleSize size) {
        super(NLS.bind(Messages.FirstStart_jobName, SampleSizes.label(size)));
        this.store = store;
        this.size = size;
        setUser(true);
    }

    /**
     * The day the sample is written as of: today, or {@code -Dgarrison.today=2026-06-30} (for demonstrations
     * and scripted starts of another day). Nothing dated after it is held in the sample.
     */
    static LocalDate writtenOn() {
        String day = System.getProperty("garrison.today"); //$NON-NLS-1$
        try {
            return day == null || day.isBlank() ? LocalDate.now() : LocalDate.parse(day.strip());
        } catch (java.time.format.DateTimeParseException e) {
            org.eclipse.core.runtime.ILog.of(SampleDistrictJob.class).log(new Status(IStatus.WARNING, GarrisonUI.PLUGIN_ID, NLS.bind(Messages.FirstStart_badToday, day), e));
            return LocalDate.now();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == GarrisonUI.STORE_WRITING_JOBS;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        progress.subTask(Messages.FirstStart_generating);
        LocalDate today = writtenOn();
        SampleDistrict sample = SampleDistrict.generate(today.getYear(), size, today);
        progress.worked(15);
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        try (StoreSession session = store.openSession()) {
            sample.roots().forEach(session::add);
            session.commit(progress.split(85));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (StoreException e) {
            return new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, NLS.bind(Messages.FirstStart_failed, e.getMessage()), e);
        }
    }
}
