package org.garrison.ui.editor;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;

/**
 * Every stored record of one kind, for an area's list editor (a roster, a ledger): two inputs of
 * the same class are the same editor.
 */
public final class RecordsEditorInput extends StoreEditorInput {

    private final EClass eClass;

    public RecordsEditorInput(EClass eClass, String name) {
        super(name);
        this.eClass = eClass;
    }

    public EClass eClass() {
        return eClass;
    }

    @Override
    public String getToolTipText() {
        return getName();
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
