package org.garrison.internal.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.garrison.internal.ui.Messages;
import org.garrison.model.labels.ModelLabels;
import org.garrison.store.CommitEvent;
import org.garrison.store.CommitListener;
import org.garrison.store.RecordChange;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.garrison.ui.editor.StoreEditorPart;

/**
 * 修改记录: every change of the record selected in the navigator or open in the active editor, from the
 * change log — when, who, what, the field, old → new — newest first. 还原到此版本 sets a field back to
 * the value it had before the selected change, as a new change. Others' commits show within the
 * store's polling period on a shared server.
 */
public class HistoryView extends ViewPart {

    public static final String ID = GarrisonUI.PLUGIN_ID + ".history"; //$NON-NLS-1$

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

    private Label heading;
    private TableViewer viewer;
    private StoreSession session;
    private EObject record;
    private long recordId = -1;
    private final Action revert = new Action(Messages.History_revert) {
        @Override
        public void run() {
            revertSelected();
        }
    };
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final CommitListener commits = this::committed;
    private final org.eclipse.ui.IPartListener2 editors = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partActivated(org.eclipse.ui.IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof StoreEditorPart editor) {
                selectionChanged(editor, null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.History_nothingSelected);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite table = new Composite(parent, SWT.NONE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout layout = new TableColumnLayout();
        table.setLayout(layout);
        viewer = new TableViewer(table, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, Messages.History_when, 18, change -> WHEN.format(change.committedAt()));
        column(layout, Messages.History_author, 12, RecordChange::author);
        column(layout, Messages.History_kind, 8, change -> switch (change.kind()) {
            case INSERTED -> Messages.History_inserted;
            case DELETED -> Messages.History_deleted;
            case UPDATED -> Messages.History_updated;
        });
        column(layout, Messages.History_field, 14, this::fieldLabel);
        column(layout, Messages.History_old, 24, change -> readable(change, change.oldValue()));
        column(layout, Messages.History_new, 24, change -> readable(change, change.newValue()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(event -> updateRevert());
        MenuManager menu = new MenuManager();
        menu.add(revert);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getViewSite().getActionBars().getToolBarManager().add(revert);
        updateRevert();
        Store store = GarrisonUI.getStore();
        if (store != null) {
            session = store.openSession();
            store.addCommitListener(commits);
        }
        getSite().getPage().addPostSelectionListener(selectionListener);
        getSite().getPage().addPartListener(editors);
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<RecordChange, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RecordChange) element);
            }
        });
    }

    private String fieldLabel(RecordChange change) {
        if (change.feature() == null || record == null) {
            return ""; //$NON-NLS-1$
        }
        EStructuralFeature feature = record.eClass().getEStructuralFeature(change.feature());
        return feature == null ? change.feature() : ModelLabels.of(feature, Locale.getDefault());
    }

    private static String value(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }

    /** A logged value as the user reads it: an enumeration's label, the record a reference names; otherwise as logged. */
    private String readable(RecordChange change, String text) {
        if (text == null || record == null || change.feature() == null) {
            return value(text);
        }
        EStructuralFeature feature = record.eClass().getEStructuralFeature(change.feature());
        if (feature instanceof org.eclipse.emf.ecore.EAttribute attribute && attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum eEnum
                && eEnum.getEEnumLiteral(text) != null) {
            return ModelLabels.of(eEnum.getEEnumLiteral(text).getInstance(), Locale.getDefault());
        }
        if (feature instanceof org.eclipse.emf.ecore.EReference && !feature.isMany() && text.matches("#\\d+")) { //$NON-NLS-1$
            try {
                EObject target = session.find(Long.parseLong(text.substring(1)));
                return target == null ? text : ModelLabels.describe(target, Locale.getDefault());
            } catch (StoreException e) {
                return text;
            }
        }
        return text;
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || session == null) {
            return;
        }
        OptionalLong id = OptionalLong.empty();
        if (part instanceof StoreEditorPart editor && editor.getEditorInput() instanceof RecordEditorInput input) {
            id = OptionalLong.of(input.id());
        } else if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            EObject selected = Adapters.adapt(structured.getFirstElement(), EObject.class);
            if (selected != null) {
                id = session.idOf(selected);
            }
        }
        if (id.isPresent() && id.getAsLong() != recordId) {
            show(id.getAsLong());
        }
    }

    /** Shows the changes of the stored record with the id. */
    public void show(long id) {
        recordId = id;
        session.rollback();
        try {
            record = session.find(id);
            List<RecordChange> changes = record == null ? List.of() : new java.util.ArrayList<>(session.history(record));
            java.util.Collections.reverse(changes);
            heading.setText(record == null ? Messages.History_nothingSelected
                    : NLS.bind(Messages.History_heading, ModelLabels.describe(record, Locale.getDefault()), changes.size()));
            viewer.setInput(changes);
        } catch (StoreException e) {
            heading.setText(e.getMessage());
            viewer.setInput(List.of());
        }
        heading.getParent().layout();
        updateRevert();
    }

    private void committed(CommitEvent event) {
        if (recordId >= 0 && event.changes().stream().anyMatch(change -> change.id() == recordId) && !heading.isDisposed()) {
            heading.getDisplay().asyncExec(() -> {
                if (!heading.isDisposed()) {
                    show(recordId);
                }
            });
        }
    }

    private RecordChange selectedChange() {
        return (RecordChange) viewer.getStructuredSelection().getFirstElement();
    }

    private void updateRevert() {
        RecordChange change = viewer == null ? null : selectedChange();
        revert.setEnabled(change != null && FieldRevert.canRevert(record, change) && GarrisonUI.getStore() != null
                && GarrisonUI.getStore().access().mayChange(record.eClass()));
    }

    private void revertSelected() {
        RecordChange change = selectedChange();
        if (change == null || !FieldRevert.canRevert(record, change)) {
            return;
        }
        String field = fieldLabel(change);
        if (!MessageDialog.openConfirm(getSite().getShell(), Messages.History_revert,
                NLS.bind(Messages.History_revertConfirm, new Object[] { field, value(change.newValue()), value(change.oldValue()) }))) {
            return;
        }
        try {
            FieldRevert.revert(session, record, change);
            session.commit();
        } catch (StoreException | RuntimeException e) {
            session.rollback();
            MessageDialog.openError(getSite().getShell(), Messages.History_revert, e.getMessage());
        }
        show(recordId);
    }

    /** The changes shown, newest first, for tests. */
    @SuppressWarnings("unchecked")
    public List<RecordChange> shown() {
        return (List<RecordChange>) viewer.getInput();
    }

    /** 还原到此版本, as the toolbar and the context menu offer it. */
    public Action revertAction() {
        return revert;
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        getSite().getPage().removePartListener(editors);
        Store store = GarrisonUI.getStore();
        if (store != null) {
            store.removeCommitListener(commits);
        }
        if (session != null) {
            session.close();
        }
        super.dispose();
    }
}
