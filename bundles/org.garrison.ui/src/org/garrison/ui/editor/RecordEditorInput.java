package org.garrison.ui.editor;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;

/** A stored record to edit, by its id: two inputs for the same record are the same editor. */
public final class RecordEditorInput extends StoreEditorInput {

    private final long id;
    private final EClass eClass;

    public RecordEditorInput(long id, EClass eClass, String name) {
        super(name);
        this.id = id;
        this.eClass = eClass;
    }

    /**
     * Opens a record of the session in the editor; answers false (and opens nothing) for a record not
     * stored yet, which an area tells its user about in its own words.
     */
    public static boolean open(org.eclipse.ui.IWorkbenchPage page, org.garrison.store.StoreSession session, org.eclipse.emf.ecore.EObject record,
            String name, String editorId) throws org.eclipse.ui.PartInitException {
        var id = session.idOf(record);
        if (id.isEmpty()) {
            return false;
        }
        page.openEditor(new RecordEditorInput(id.getAsLong(), record.eClass(), name), editorId);
        return true;
    }

    public long id() {
        return id;
    }

    public EClass eClass() {
        return eClass;
    }

    @Override
    public String getToolTipText() {
        return getName() + " (" + eClass.getName() + " #" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordEditorInput input && input.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
