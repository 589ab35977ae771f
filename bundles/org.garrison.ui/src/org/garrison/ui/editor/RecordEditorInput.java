package org.garrison.ui.editor;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A stored record to edit, by its id: two inputs for the same record are the same editor. */
public final class RecordEditorInput implements IEditorInput {

    private final long id;
    private final EClass eClass;
    private final String name;

    public RecordEditorInput(long id, EClass eClass, String name) {
        this.id = id;
        this.eClass = eClass;
        this.name = name;
    }

    public long id() {
        return id;
    }

    public EClass eClass() {
        return eClass;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getToolTipText() {
        return name + " (" + eClass.getName() + " #" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
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
