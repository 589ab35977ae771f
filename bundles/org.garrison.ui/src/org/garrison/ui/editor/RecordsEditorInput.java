package org.garrison.ui.editor;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Every stored record of one kind, for an area's list editor (a roster, a ledger): two inputs of
 * the same class are the same editor.
 */
public final class RecordsEditorInput implements IEditorInput {

    private final EClass eClass;
    private final String name;

    public RecordsEditorInput(EClass eClass, String name) {
        this.eClass = eClass;
        this.name = name;
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
        return name;
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
        return other instanceof RecordsEditorInput input && input.eClass == eClass;
    }

    @Override
    public int hashCode() {
        return Objects.hash(eClass);
    }
}
