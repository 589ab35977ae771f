package org.garrison.internal.ui.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.garrison.internal.ui.Messages;
import org.garrison.store.CommitListener;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.reminders.Reminder;
import org.garrison.ui.reminders.ReminderProvider;

/**
 * What is due, from every provider contributed to {@code org.garrison.ui.reminders}, computed again
 * in a background job after every commit; listeners (the 待办 view, the status line) are told in the
 * display thread. A provider that fails is logged and shows as one line saying so, never hiding the others.
 */
public final class Reminders {

    public static final String EXTENSION_POINT = GarrisonUI.PLUGIN_ID + ".reminders"; //$NON-NLS-1$

    /** The reminders of one provider, under its name (its area). */
    public record Group(String name, List<Reminder> reminders, String failure) {
    }

    private static final Reminders INSTANCE = new Reminders();

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Group> groups = List.of();
    private Store listenedTo;
    private final CommitListener onCommit = event -> refresh();
    private final Job job = Job.create(Messages.Reminders_job, this::compute);

    private Reminders() {
        job.setSystem(true);
    }

    public static Reminders get() {
        return INSTANCE;
    }

    public List<Group> groups() {
        return groups;
    }

    public long overdue() {
        return groups.stream().flatMap(group -> group.reminders().stream()).filter(r -> r.severity() == Reminder.Severity.OVERDUE).count();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Computes again in the background (after a commit, say); listeners are told when done. */
    public synchronized void refresh() {
        follow(GarrisonUI.getStore());
        job.schedule(100);
    }

    /** Computes now, in this thread, and tells the listeners before it returns (start-up, tests). */
    public void refreshNow() {
        follow(GarrisonUI.getStore());
        compute(null);
        Display display = Display.getCurrent();
        if (display != null) {
            while (display.readAndDispatch()) {
                // the listeners' updates were posted
            }
        }
    }

    private synchronized void follow(Store store) {
        if (store != listenedTo) {
            if (listenedTo != null) {
                listenedTo.removeCommitListener(onCommit);
            }
            listenedTo = store;
            if (store != null) {
                store.addCommitListener(onCommit);
            }
        }
    }

    private IStatus compute(IProgressMonitor monitor) {
        Store store = GarrisonUI.getStore();
        if (store == null) {
            return Status.OK_STATUS;
        }
        LocalDate today = LocalDate.now();
        List<Group> computed = new ArrayList<>();
        try (StoreSession session = store.openSession()) {
            for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
                computed.add(group(element, session, today));
            }
        }
        computed.sort(Comparator.comparing(Group::name, java.text.Collator.getInstance(java.util.Locale.CHINA)));
        groups = List.copyOf(computed);
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(() -> listeners.forEach(Runnable::run));
        }
        return Status.OK_STATUS;
    }

    private static Group group(IConfigurationElement element, StoreSession session, LocalDate today) {
        String name = element.getAttribute("name"); //$NON-NLS-1$
        try {
            ReminderProvider provider = (ReminderProvider) element.createExecutableExtension("class"); //$NON-NLS-1$
            List<Reminder> reminders = new ArrayList<>(provider.reminders(session, today));
            reminders.sort(Comparator.comparing(Reminder::due, Comparator.nullsLast(Comparator.naturalOrder())));
            return new Group(name, List.copyOf(reminders), null);
        } catch (CoreException | StoreException | RuntimeException e) {
            String failure = NLS.bind(Messages.Reminders_failed, element.getContributor().getName(), e.getMessage());
            ILog.of(Reminders.class).log(new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, failure, e));
            return new Group(name, List.of(), failure);
        }
    }
}
