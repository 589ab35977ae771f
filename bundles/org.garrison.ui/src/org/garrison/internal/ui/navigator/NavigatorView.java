package org.garrison.internal.ui.navigator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.garrison.store.StoreException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.areas.AreaDescriptor;
import org.garrison.internal.ui.areas.AreaRegistry;
import org.garrison.internal.ui.areas.RecordsDescriptor;
import org.garrison.ui.editor.RecordEditorInput;
import org.garrison.ui.editor.RecordsEditorInput;
import org.garrison.store.CommitListener;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.garrison.internal.ui.firststart.SampleDistrictJob;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * Shows the records of every contributed area (extension point {@code org.garrison.ui.areas}):
 * areas, kinds of records with their counts, groups, records. It reads through its own store
 * session and reads afresh after every commit to the store, whoever made it.
 */
public class NavigatorView extends ViewPart implements ISaveablePart {

    private TreeViewer viewer;
    private Composite stack;
    private final org.eclipse.swt.custom.StackLayout stackLayout = new org.eclipse.swt.custom.StackLayout();
    private Label placeholder;
    private Store store;
    private StoreSession session;
    private final CommitListener refresher = event -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    private static final int FILTER_DELAY_MILLIS = 300;

    private Text filter;
    private NavigatorContent content;
    private NavigatorLabels labels;
    private final RecordDeletions deletions = new RecordDeletions();
    private final Action deleteAction = action(Messages.Navigator_delete, this::deleteSelected);
    private final Action newAction = action(Messages.Navigator_new, this::createRecord);
    private final Action undoAction = action(Messages.Action_undo, () -> deletions.stack().undo());
    private final Action redoAction = action(Messages.Action_redo, () -> deletions.stack().redo());

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.Navigator_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(stackLayout);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
        viewer = new TreeViewer(stack, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        placeholder = new Label(stack, SWT.WRAP);
        stackLayout.topControl = viewer.getControl();
        filter.addModifyListener(event -> scheduleFilter());
        filter.addListener(SWT.DefaultSelection, event -> applyFilter());
        filter.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN) {
                viewer.getControl().setFocus();
            }
        });
        List<AreaDescriptor> areas = AreaRegistry.read(Platform.getExtensionRegistry());
        store = GarrisonUI.getStore();
        if (store == null || areas.isEmpty()) {
            setContentDescription(store == null ? Messages.Navigator_noStore : Messages.Navigator_empty);
            viewer.setContentProvider(new NavigatorContent(null));
            viewer.setInput(List.of());
        } else {
            session = store.openSession();
            content = new NavigatorContent(session);
            viewer.setContentProvider(content);
            labels = new NavigatorLabels(content);
            viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labels));
            viewer.addOpenListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
            viewer.setInput(areas);
            store.addCommitListener(refresher);
            hookActions();
            Job.getJobManager().addJobChangeListener(sampleWatcher);
            showSampleProgress();
        }
        getSite().setSelectionProvider(viewer);
    }

    /**
     * While the first start's sample district is written, the navigator says so in place of the empty
     * tree (正在创建示例区…（已写入 N / M 条记录）), every half second; the tree comes back when the job ends.
     */
    private void showSampleProgress() {
        if (placeholder.isDisposed()) {
            return;
        }
        SampleDistrictJob job = SampleDistrictJob.running();
        Control shown = job == null ? viewer.getControl() : placeholder;
        if (job != null) {
            placeholder.setText(job.progressText());
            placeholder.getDisplay().timerExec(500, this::showSampleProgress);
        }
        if (stackLayout.topControl != shown) {
            stackLayout.topControl = shown;
            if (job == null) {
                refresh();
            }
        }
        stack.layout(true);
    }

    private final IJobChangeListener sampleWatcher = new JobChangeAdapter() {
        @Override
        public void scheduled(IJobChangeEvent event) {
            changed(event);
        }

        @Override
        public void done(IJobChangeEvent event) {
            changed(event);
        }

        private void changed(IJobChangeEvent event) {
            if (event.getJob() instanceof SampleDistrictJob && !placeholder.isDisposed()) {
                placeholder.getDisplay().asyncExec(NavigatorView.this::showSampleProgress);
            }
        }
    };

    /** What the navigator says in place of the tree while a sample district is written (tests). */
    public Label placeholder() {
        return stackLayout.topControl == placeholder ? placeholder : null;
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Open and Delete in the context menu; Delete, Undo and Redo of the workbench act on the navigator's deletions. */
    private void hookActions() {
        IActionBars bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
        MenuManager menu = new MenuManager();
        menu.add(action(Messages.Navigator_open, () -> open(viewer.getStructuredSelection().getFirstElement())));
        menu.add(newAction);
        menu.add(new Separator());
        menu.add(deleteAction);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        viewer.addSelectionChangedListener(event -> updateActions());
        deletions.stack().addCommandStackListener(event -> {
            content.hide(deletions.pending());
            viewer.refresh();
            firePropertyChange(PROP_DIRTY);
            updateActions();
        });
        updateActions();
    }

    private void updateActions() {
        deleteAction.setEnabled(!selectedRecords().isEmpty());
        RecordsDescriptor kind = selectedKind();
        newAction.setEnabled(kind != null && kind.canCreate());
        undoAction.setEnabled(deletions.stack().canUndo());
        redoAction.setEnabled(deletions.stack().canRedo());
    }

    private Map<Long, String> selectedRecords() {
        Map<Long, String> records = new LinkedHashMap<>();
        for (Object element : viewer.getStructuredSelection()) {
            if (element instanceof NavigatorNodes.RecordNode node) {
                session.idOf(node.record()).ifPresent(id -> records.put(id, labels.getText(node)));
            }
        }
        return records;
    }

    /** The kind of record the selection is in: the kind itself, one of its groups or one of its records. */
    public RecordsDescriptor selectedKind() {
        return switch (viewer.getStructuredSelection().getFirstElement()) {
            case NavigatorNodes.RecordsNode node -> node.records();
            case NavigatorNodes.GroupNode node -> node.parent().records();
            case NavigatorNodes.OuterGroupNode node -> node.parent().records();
            case NavigatorNodes.MonthNode node -> node.parent().parent().records();
            case NavigatorNodes.RecordNode node -> node.records();
            case null, default -> null;
        };
    }

    /** Opens the kind's new-record wizard (context menu, Ctrl+N); the tree reads afresh after its commit. */
    public void createRecord() {
        RecordsDescriptor kind = selectedKind();
        if (kind == null || !kind.canCreate()) {
            return;
        }
        try {
            org.eclipse.ui.INewWizard wizard = kind.newWizard();
            wizard.init(getSite().getWorkbenchWindow().getWorkbench(), viewer.getStructuredSelection());
            new org.eclipse.jface.wizard.WizardDialog(getSite().getShell(), wizard).open();
        } catch (org.eclipse.core.runtime.CoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Navigator_openFailed, e.getMessage());
        }
    }

    /** Deletes the selected records after the user confirms; they stay deleted until Save, and Undo brings them back. */
    void deleteSelected() {
        Map<Long, String> records = selectedRecords();
        if (records.isEmpty() || !confirmDelete(records)) {
            return;
        }
        deletions.delete(records);
    }

    private boolean confirmDelete(Map<Long, String> records) {
        return MessageDialog.openConfirm(getSite().getShell(), Messages.Navigator_deleteTitle,
                NLS.bind(Messages.Navigator_deleteQuestion, records.values().iterator().next(), records.size()));
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            deletions.save(store, monitor);
            content.hide(deletions.pending());
            firePropertyChange(PROP_DIRTY);
            updateActions();
        } catch (StoreException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openError(getSite().getShell(), Messages.Navigator_deleteFailed, e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isDirty() {
        return deletions.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    /** The ids of records deleted and not yet saved (tests). */
    java.util.Set<Long> pendingDeletions() {
        return deletions.pending();
    }

    /** Typing waits a moment before the tree is read again, so that each key does not cost a query. */
    private void scheduleFilter() {
        String typed = filter.getText();
        filter.getDisplay().timerExec(FILTER_DELAY_MILLIS, () -> {
            if (!filter.isDisposed() && typed.equals(filter.getText())) {
                applyFilter();
            }
        });
    }

    /** Shows only the records whose names contain the filter's text, the groups that hold them, and their counts. */
    void applyFilter() {
        if (content == null || filter.getText().strip().equals(content.filter())) {
            return;
        }
        content.filter(filter.getText());
        refresh();
    }

    /** Opens a record (double-click or Enter) in its kind's editor, or a kind in its list editor if it has one. */
    private void open(Object element) {
        try {
            if (element instanceof NavigatorNodes.RecordsNode node && node.records().listEditor() != null) {
                getSite().getPage().openEditor(new RecordsEditorInput(node.records().eClass(), node.records().name()), node.records().listEditor());
            } else if (element instanceof NavigatorNodes.RecordNode node) {
                java.util.OptionalLong id = session.idOf(node.record());
                if (id.isPresent()) {
                    getSite().getPage().openEditor(new RecordEditorInput(id.getAsLong(), node.record().eClass(), labels.getText(node)),
                            node.records().editor());
                }
            } else if (element != null && viewer.isExpandable(element)) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Navigator_openFailed, e.getMessage());
        }
    }

    Text filterText() {
        return filter;
    }

    /** Reads every open level again: the session forgets what it read, the tree asks anew. */
    void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (session != null) {
            session.rollback();
        }
        viewer.refresh();
    }

    TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(sampleWatcher);
        if (store != null) {
            store.removeCommitListener(refresher);
        }
        if (session != null) {
            session.close();
        }
        super.dispose();
    }
}
