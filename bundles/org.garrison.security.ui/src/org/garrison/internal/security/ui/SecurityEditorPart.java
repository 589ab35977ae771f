package org.garrison.internal.security.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.garrison.model.security.SecurityLedger;
import org.garrison.ui.editor.LedgerEditorPart;

/**
 * The base of the security area's editors: the security ledger read into the editor's session first
 * (assets, plans, hazards, activities, drills, trips, linked units; maintenance records are read by
 * query where needed); a red line of what keeps a record from being saved; following other sessions' commits.
 */
public abstract class SecurityEditorPart extends LedgerEditorPart<SecurityLedger> {

    private Label problemsLabel;
    private Color red;

    protected SecurityEditorPart() {
        super(org.garrison.model.security.SecurityPackage.Literals.SECURITY_LEDGER);
    }

    @Override
    protected String noLedger() {
        return Messages.Security_noLedger;
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
