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
        super(NLS.bind(Messages.FirstStart_jobName, String.format("%,d", size.militiaMembers()))); //$NON-NLS-1$
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

    private volatile int total;
    private volatile int written;
    private volatile boolean generating = true;

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        progress.subTask(Messages.FirstStart_generating);
        LocalDate today = writtenOn();
        SampleDistrict sample = generate(today, progress);
        if (sample == null) {
            return Status.CANCEL_STATUS;
        }
        progress.worked(15);
        total = SampleTimings.records(sample);
        generating = false;
        try (StoreSession session = store.openSession()) {
            sample.roots().forEach(session::add);
            session.commit(new CountingMonitor(progress.split(85)));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (StoreException e) {
            return new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, NLS.bind(Messages.FirstStart_failed, e.getMessage()), e);
        }
    }

    /** The sample generated beside the job, so that 取消 is heard within a tenth of a second; null when cancelled. */
    private SampleDistrict generate(LocalDate today, IProgressMonitor monitor) {
        java.util.concurrent.CompletableFuture<SampleDistrict> generated = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> SampleDistrict.generate(today.getYear(), size, today));
        while (true) {
            if (monitor.isCanceled()) {
                generated.cancel(true);
                return null;
            }
            try {
                return generated.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still generating: ask the monitor again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** What the navigator says while the job runs: 正在生成示例数据… or 已写入 N / M 条记录. */
    public String progressText() {
        return generating ? Messages.FirstStart_generatingPlaceholder
                : NLS.bind(Messages.FirstStart_writingPlaceholder, String.format("%,d", written), String.format("%,d", total)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The records written so far (an estimate from the commit's progress) and the records to write. */
    public int written() {
        return written;
    }

    public int total() {
        return total;
    }

    /** The sample district job scheduled or running now, if any. */
    public static SampleDistrictJob running() {
        for (Job job : Job.getJobManager().find(GarrisonUI.STORE_WRITING_JOBS)) {
            if (job instanceof SampleDistrictJob sample && job.getState() != Job.NONE) {
                return sample;
            }
        }
        return null;
    }

    /** Turns the commit's progress into records written: the commit works through its rows in proportion to its records. */
    private final class CountingMonitor extends org.eclipse.core.runtime.ProgressMonitorWrapper {

        private double work = 1;
        private double done;

        CountingMonitor(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            work = Math.max(1, totalWork);
        }

        @Override
        public void worked(int amount) {
            internalWorked(amount);
        }

        @Override
        public void internalWorked(double amount) {
            super.internalWorked(amount);
            done += amount;
            written = (int) Math.min(total, Math.round(total * done / work));
        }
    }
}
