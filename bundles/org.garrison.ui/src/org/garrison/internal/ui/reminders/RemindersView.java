package org.garrison.internal.ui.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.areas.AreaRegistry;
import org.garrison.ui.editor.RecordEditorInput;
import org.garrison.ui.reminders.Reminder;

/**
 * 待办: what is due in every area, grouped by area and sorted by date, overdue in red and due soon in
 * amber. Double-click or Enter opens the record. Follows every commit.
 */
public class RemindersView extends ViewPart {

    public static final String ID = org.garrison.ui.GarrisonUI.PLUGIN_ID + ".reminders"; //$NON-NLS-1$

    private TreeViewer viewer;
    private Color red;
    private Color amber;
    private final Runnable update = this::update;

    @Override
    public void createPartControl(Composite parent) {
        red = new Color(parent.getDisplay(), 0xC6, 0x28, 0x28);
        amber = new Color(parent.getDisplay(), 0xB2, 0x6A, 0x00);
        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.HORIZONTAL);
        viewer = new TreeViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).stream().filter(group -> !((Reminders.Group) group).reminders().isEmpty()
                        || ((Reminders.Group) group).failure() != null).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Reminders.Group group ? group.reminders().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Reminders.Group group && !group.reminders().isEmpty();
            }
        });
        column(Messages.Reminders_what, 420, element -> element instanceof Reminders.Group group
                ? group.failure() != null ? group.name() + Messages.Editor_colon + group.failure() : NLS.bind(Messages.Reminders_group, group.name(), group.reminders().size())
                : ((Reminder) element).text());
        column(Messages.Reminders_due, 100, element -> element instanceof Reminder reminder && reminder.due() != null ? reminder.due().toString() : ""); //$NON-NLS-1$
        column(Messages.Reminders_state, 140, element -> element instanceof Reminder reminder ? state(reminder) : ""); //$NON-NLS-1$
        viewer.addOpenListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Reminder reminder) {
                open(reminder);
            }
        });
        calendar = new org.garrison.ui.widgets.MonthCalendar(sash, SWT.BORDER);
        calendar.onOpen(this::showDay);
        calendar.setYearView(true); // what is due spreads over months: the year shows it all (Y for one month)
        viewer.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof Reminder reminder && reminder.due() != null) {
                calendar.select(reminder.due());
            }
        });
        sash.setWeights(6, 4);
        getSite().setSelectionProvider(viewer);
        Reminders.get().addListener(update);
        update();
        Reminders.get().refresh();
    }

    private static String state(Reminder reminder) {
        if (reminder.due() == null) {
            return ""; //$NON-NLS-1$
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(), reminder.due());
        return days < 0 ? NLS.bind(Messages.Reminders_overdueDays, -days) : days == 0 ? Messages.Reminders_today : NLS.bind(Messages.Reminders_inDays, days);
    }

    private void column(String header, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                if (element instanceof Reminder reminder) {
                    return reminder.severity() == Reminder.Severity.OVERDUE ? red : amber;
                }
                return null;
            }
        });
    }

    private void update() {
        if (viewer == null || viewer.getTree().isDisposed()) {
            return;
        }
        List<Reminders.Group> groups = Reminders.get().groups();
        viewer.setInput(groups);
        viewer.expandAll();
        long overdue = Reminders.get().overdue();
        long all = groups.stream().mapToLong(group -> group.reminders().size()).sum();
        setContentDescription(all == 0 ? Messages.Reminders_none : NLS.bind(Messages.Reminders_summary, all, overdue));
        calendar.setMarks(marks(groups));
    }

    /** A day with something due: red when something of it is overdue, else blue; the tooltip lists what. */
    static List<org.garrison.ui.widgets.DayMark> marks(List<Reminders.Group> groups) {
        java.util.Map<LocalDate, List<Reminder>> byDay = new java.util.TreeMap<>();
        groups.stream().flatMap(group -> group.reminders().stream()).filter(reminder -> reminder.due() != null)
                .forEach(reminder -> byDay.computeIfAbsent(reminder.due(), day -> new java.util.ArrayList<>()).add(reminder));
        List<org.garrison.ui.widgets.DayMark> marks = new java.util.ArrayList<>();
        byDay.forEach((day, due) -> marks.add(new org.garrison.ui.widgets.DayMark(day,
                due.stream().anyMatch(r -> r.severity() == Reminder.Severity.OVERDUE) ? org.garrison.ui.widgets.MarkState.MISSED
                        : org.garrison.ui.widgets.MarkState.PLANNED,
                String.join("\n", due.stream().map(Reminder::text).toList()))));
        return marks;
    }

    /** Selects the first item due on the day. */
    private void showDay(LocalDate day) {
        Reminders.get().groups().stream().flatMap(group -> group.reminders().stream()).filter(reminder -> day.equals(reminder.due()))
                .findFirst().ifPresent(reminder -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(reminder), true));
    }

    /** The calendar of due days beside the list (for tests). */
    public org.garrison.ui.widgets.MonthCalendar calendar() {
        return calendar;
    }

    private org.garrison.ui.widgets.MonthCalendar calendar;

    /** Opens the reminder's record, in the editor its area names for the class. */
    public void open(Reminder reminder) {
        String editor = AreaRegistry.editorFor(Platform.getExtensionRegistry(), reminder.recordClass());
        try {
            getSite().getPage().openEditor(new RecordEditorInput(reminder.recordId(), reminder.recordClass(), reminder.text()), editor);
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.Reminders_title, e.getMessage());
        }
    }

    /** The tree (for tests). */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getTree().setFocus();
    }

    @Override
    public void dispose() {
        Reminders.get().removeListener(update);
        if (red != null) {
            red.dispose();
            amber.dispose();
        }
        super.dispose();
    }
}
