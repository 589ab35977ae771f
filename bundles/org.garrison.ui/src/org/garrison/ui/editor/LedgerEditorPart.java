package org.garrison.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.store.StoreException;

/**
 * An editor of an area whose records hang off one ledger (the study, training or security ledger):
 * the ledger is read into the editor's session first, and the editor is refused with the area's
 * message when the database holds none yet (no district set up).
 *
 * @param <L> the ledger's class
 */
public abstract class LedgerEditorPart<L extends EObject> extends StoreEditorPart {

    private final EClass ledgerClass;
    private L ledger;

    protected LedgerEditorPart(EClass ledgerClass) {
        this.ledgerClass = ledgerClass;
    }

    @Override
    protected final void opened(IEditorInput input) throws PartInitException {
        try {
            ledger = read();
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        if (ledger == null) {
            throw new PartInitException(noLedger());
        }
        openedLedger(input);
    }

    /** A ledger editor changes the ledger's area: its own record, or the ledger. */
    @Override
    protected EClass changedClass(IEditorInput input) {
        return input instanceof RecordEditorInput record ? record.eClass() : ledgerClass;
    }

    /** What the editor says when the database holds no ledger yet. */
    protected abstract String noLedger();

    /** Told once the ledger is read; read the record the input names here. */
    protected void openedLedger(IEditorInput input) throws PartInitException {
    }

    public L ledger() {
        return ledger;
    }

    /**
     * Reads the ledger afresh after another session stored records; the editor's unsaved changes and
     * its undo history are dropped, so only an editor without them does this.
     */
    protected void rereadLedger() {
        domain().getCommandStack().flush();
        session().rollback();
        try {
            ledger = read();
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private L read() throws StoreException {
        List<EObject> ledgers = session().loadRoots(ledgerClass);
        return ledgers.isEmpty() ? null : (L) ledgers.get(0);
    }
}
