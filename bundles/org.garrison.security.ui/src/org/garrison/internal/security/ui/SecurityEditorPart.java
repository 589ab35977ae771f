package org.garrison.internal.security.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.security.SecurityLedgers;
import org.garrison.model.security.SecurityLedger;
import org.garrison.store.StoreException;
import org.garrison.ui.editor.StoreEditorPart;

/**
 * The base of the security area's editors: the security ledger read into the editor's session first
 * (assets, plans, hazards, activities, drills, trips, linked units; maintenance records are read by
 * query where needed); refused with a message when the database holds no ledger yet.
 */
public abstract class SecurityEditorPart extends StoreEditorPart {

    private SecurityLedger ledger;
    private Label problemsLabel;
    private Color red;

    @Override
    protected final void opened(IEditorInput input) throws PartInitException {
        try {
            ledger = SecurityLedgers.read(session());
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        if (ledger == null) {
            throw new PartInitException(Messages.Security_noLedger);
        }
        openedLedger(input);
    }

    /** Told once the ledger is read; read the record the input names here. */
    protected void openedLedger(IEditorInput input) throws PartInitException {
    }

    public SecurityLedger ledger() {
        return ledger;
    }

    /**
     * Reads the ledger afresh after another session stored records (a wizard's); the editor's unsaved
     * changes and its undo history are dropped, so only an editor without them does this.
     */
    protected void rereadLedger() {
        domain().getCommandStack().flush();
        session().rollback();
        try {
            ledger = SecurityLedgers.read(session());
        } catch (StoreException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
        }
    }

    /** A red line over the editor that lists what keeps the record from being saved (see {@link #showProblems()}). */
    protected Label problemsLabel(Composite parent) {
        red = new Color(0xc0, 0x39, 0x2b);
        problemsLabel = new Label(parent, SWT.WRAP);
        problemsLabel.setForeground(red);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemsLabel);
        return problemsLabel;
    }

    protected void showProblems() {
        if (problemsLabel == null || problemsLabel.isDisposed()) {
            return;
        }
        List<String> problems = problems();
        problemsLabel.setText(problems.isEmpty() ? "" : NLS.bind(Messages.Security_problems, String.join("\n", problems))); //$NON-NLS-1$ //$NON-NLS-2$
        problemsLabel.getParent().layout(true, true);
    }

    private org.garrison.store.CommitListener rereader;
    private boolean disposed;

    /**
     * After another session's commit that touches a record of the classes (an activity stored by a wizard, a
     * hazard saved in its editor), the ledger is read again and {@code show} told, unless this editor holds
     * unsaved changes.
     */
    protected void followCommits(Runnable show, org.eclipse.emf.ecore.EClass... classes) {
        rereader = event -> {
            if (event.session() != session() && java.util.Arrays.stream(classes).anyMatch(event::touches)) {
                getSite().getShell().getDisplay().asyncExec(() -> {
                    if (!disposed && !isDirty()) {
                        rereadLedger();
                        show.run();
                    }
                });
            }
        };
        org.garrison.ui.GarrisonUI.getStore().addCommitListener(rereader);
    }

    @Override
    public void dispose() {
        disposed = true;
        if (rereader != null && org.garrison.ui.GarrisonUI.getStore() != null) {
            org.garrison.ui.GarrisonUI.getStore().removeCommitListener(rereader);
        }
        if (red != null) {
            red.dispose();
        }
        super.dispose();
    }
}
