package org.garrison.ui.editor;

import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.garrison.internal.ui.Messages;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * The base of every editor of stored records: its own store session, an EMF editing domain whose
 * command stack gives the dirty marker and Edit &gt; Undo / Redo (Ctrl+Z / Ctrl+Y), File &gt; Revert
 * back to the last save, and Save that commits the session in one transaction — refused while
 * {@link #problems()} lists any, and with a dialog that says what to do when the store refuses it
 * (a conflict with another user's change, a validation error).
 */
public abstract class StoreEditorPart extends EditorPart {

    private final ComposedAdapterFactory items = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private StoreSession session;
    private AdapterFactoryEditingDomain domain;
    private final Action undo = new Action() {
        @Override
        public void run() {
            domain.getCommandStack().undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            domain.getCommandStack().redo();
        }
    };
    private final Action revert = new Action() {
        @Override
        public void run() {
            revert();
        }
    };
    private final CommandStackListener stackListener = this::commandStackChanged;
    private String readOnlyReason;
    private org.garrison.store.CommitListener othersChanges;
    private org.garrison.store.CommitEvent changedByOthers;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        Store store = GarrisonUI.getStore();
        if (store == null) {
            throw new PartInitException(Messages.Navigator_noStore);
        }
        session = store.openSession();
        domain = new AdapterFactoryEditingDomain(items, new BasicCommandStack(), session.resourceSet());
        domain.getCommandStack().addCommandStackListener(stackListener);
        try {
            opened(input);
        } catch (PartInitException | RuntimeException e) {
            session.close();
            throw e;
        }
        if (input instanceof RecordEditorInput record) {
            othersChanges = event -> {
                if (event.session() != session && event.changes().stream().anyMatch(change -> change.id() == record.id())) {
                    getSite().getShell().getDisplay().asyncExec(() -> changedByOthers(event));
                }
            };
            store.addCommitListener(othersChanges);
        }
        org.eclipse.emf.ecore.EClass changed = changedClass(input);
        org.garrison.store.Access access = store.access();
        if (changed != null && !access.mayChange(changed)) {
            // EMF's own read-only resource: commands on its records cannot execute; the database would refuse them anyway
            readOnlyReason = org.eclipse.osgi.util.NLS.bind(Messages.Editor_readOnly, access.user(), access.roleToChange(changed).label());
            domain.setResourceToReadOnlyMap(new java.util.HashMap<>());
            domain.getResourceToReadOnlyMap().put(session.resource(), Boolean.TRUE);
            setPartName(org.eclipse.osgi.util.NLS.bind(Messages.Editor_readOnlyName, getPartName()));
            setTitleToolTip(readOnlyReason);
        }
    }

    /**
     * The class of the records the editor changes, to tell whether the user's roles allow it: a record
     * editor's record, a ledger editor's ledger; null when the editor changes nothing of its own.
     */
    protected org.eclipse.emf.ecore.EClass changedClass(IEditorInput input) {
        return input instanceof RecordEditorInput record ? record.eClass() : null;
    }

    /**
     * Someone else committed a change of this editor's record: the tab says so, and a user with unsaved
     * changes is told now, before Save would be refused for the conflict.
     */
    private void changedByOthers(org.garrison.store.CommitEvent event) {
        if (getSite().getShell().isDisposed()) {
            return;
        }
        boolean first = changedByOthers == null;
        changedByOthers = event;
        String fields = String.join("、", event.changes().stream().flatMap(change -> change.features().stream() //$NON-NLS-1$
                .map(name -> change.eClass().getEStructuralFeature(name) == null ? name
                        : org.garrison.model.labels.ModelLabels.of(change.eClass().getEStructuralFeature(name), java.util.Locale.getDefault())))
                .distinct().toList());
        String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault()).format(event.committedAt()); //$NON-NLS-1$
        String notice = org.eclipse.osgi.util.NLS.bind(Messages.Editor_othersChanged, new Object[] { event.author(), when, fields });
        if (first) {
            setPartName(org.eclipse.osgi.util.NLS.bind(Messages.Editor_othersChangedName, getPartName()));
        }
        setTitleToolTip(notice);
        if (isDirty()) {
            MessageDialog.openWarning(getSite().getShell(), Messages.Editor_othersChangedTitle, notice);
        }
    }

    /** The last commit by someone else that changed this editor's record since it opened; null when none. */
    public org.garrison.store.CommitEvent changedByOthers() {
        return changedByOthers;
    }

    /** Why the user may only look at what this editor shows (the role they lack); null when they may change it. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** The editor's contents, under the read-only notice when the user's roles do not allow changes. */
    @Override
    public final void createPartControl(org.eclipse.swt.widgets.Composite parent) {
        if (readOnlyReason == null) {
            createContents(parent);
            return;
        }
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        // a light amber bar with dark text whatever the theme's tooltip colours (dark on some GTK themes)
        org.eclipse.swt.graphics.Color amber = new org.eclipse.swt.graphics.Color(255, 243, 205);
        org.eclipse.swt.widgets.Composite bar = new org.eclipse.swt.widgets.Composite(parent, org.eclipse.swt.SWT.NONE);
        bar.setBackground(amber);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().margins(8, 4).applyTo(bar);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        org.eclipse.swt.widgets.Label notice = new org.eclipse.swt.widgets.Label(bar, org.eclipse.swt.SWT.WRAP);
        notice.setText(readOnlyReason);
        notice.setBackground(amber);
        notice.setForeground(new org.eclipse.swt.graphics.Color(102, 77, 3));
        notice.setData(READ_ONLY_NOTICE, Boolean.TRUE);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
        org.eclipse.swt.widgets.Composite body = new org.eclipse.swt.widgets.Composite(parent, org.eclipse.swt.SWT.NONE);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        body.setLayout(new org.eclipse.swt.layout.FillLayout());
        createContents(body);
    }

    /** The key of the read-only notice's data, for tests that look for it. */
    public static final String READ_ONLY_NOTICE = "org.garrison.ui.readOnlyNotice"; //$NON-NLS-1$

    /** Creates the editor's controls in {@code parent}. */
    protected abstract void createContents(org.eclipse.swt.widgets.Composite parent);

    /**
     * The stored record a {@link RecordEditorInput} names, read in {@link #session()}; refused with a
     * message when the input names no record of the type (deleted meanwhile, or another kind).
     */
    protected <T extends org.eclipse.emf.ecore.EObject> T storedRecord(IEditorInput input, Class<T> type) throws PartInitException {
        if (!(input instanceof RecordEditorInput recordInput)) {
            throw new PartInitException(org.eclipse.osgi.util.NLS.bind(Messages.Editor_wrongInput, input.getName()));
        }
        try {
            if (session().find(recordInput.id()) instanceof org.eclipse.emf.ecore.EObject found && type.isInstance(found)) {
                return type.cast(found);
            }
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        throw new PartInitException(org.eclipse.osgi.util.NLS.bind(Messages.Editor_gone, input.getName()));
    }

    /** Reads what the editor edits, in {@link #session()}; throw to refuse the input with a message. */
    protected abstract void opened(IEditorInput input) throws PartInitException;

    /** Makes Undo, Redo and Revert of the workbench act on this editor; call from createPartControl. */
    protected void installGlobalActions() {
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        bars.updateActionBars();
        updateActions();
    }

    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            firePropertyChange(PROP_DIRTY);
            updateActions();
            commandStackChanged();
        });
    }

    /** Told, in the UI thread, after every executed, undone or redone command. */
    protected void commandStackChanged() {
    }

    private void updateActions() {
        undo.setEnabled(domain.getCommandStack().canUndo());
        redo.setEnabled(domain.getCommandStack().canRedo());
        revert.setEnabled(isDirty());
    }

    /** Back to the last saved state: every change since the save undone (so Redo can bring them back). */
    public void revert() {
        BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
        while (stack.isSaveNeeded() && stack.canUndo()) {
            stack.undo();
        }
        reverted();
        firePropertyChange(PROP_DIRTY);
        updateActions();
    }

    /** Told after {@link #revert()} undid the unsaved changes. */
    protected void reverted() {
    }

    /** The errors the model's validation finds in the record and what it contains, as the user reads them. */
    protected static List<String> validationProblems(org.eclipse.emf.ecore.EObject record) {
        return org.garrison.model.validation.RecordValidation.validate(record).getChildren().stream()
                .filter(diagnostic -> diagnostic.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR)
                .map(org.eclipse.emf.common.util.Diagnostic::getMessage).distinct().toList();
    }

    /** The problems that keep the records from being saved, as the user reads them; none by default. */
    public List<String> problems() {
        return List.of();
    }

    /** Told when Save is refused because of {@link #problems()}. */
    protected void saveRefused(List<String> problems) {
        MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, String.join("\n", problems)); //$NON-NLS-1$
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (readOnlyReason != null) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, readOnlyReason);
            cancel(monitor);
            return;
        }
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            saveRefused(problems);
            cancel(monitor);
            return;
        }
        try {
            session.commit(monitor);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            updateActions();
        } catch (OperationCanceledException e) {
            cancel(monitor);
        } catch (StoreException e) {
            cancel(monitor);
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, e.getMessage());
        }
    }

    private static void cancel(IProgressMonitor monitor) {
        if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The editor's own store session, for views and handlers that act on the records it edits. */
    public StoreSession session() {
        return session;
    }

    /** The editing domain every change goes through, as an EMF command. */
    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** The model's item providers: labels, property names, enumeration names. */
    protected ComposedAdapterFactory items() {
        return items;
    }

    @Override
    public void dispose() {
        if (othersChanges != null && GarrisonUI.getStore() != null) {
            GarrisonUI.getStore().removeCommitListener(othersChanges);
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (session != null) {
            session.close();
        }
        items.dispose();
        super.dispose();
    }
}
