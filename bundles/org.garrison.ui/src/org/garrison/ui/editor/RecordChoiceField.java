package org.garrison.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.garrison.internal.ui.Messages;

/**
 * A single reference chosen from a short list the editor already holds (a ledger's regimes, its
 * study groups, its books): a read-only drop-down with a "none" entry first for an optional
 * reference. Choosing is one command (undo); the drop-down follows undo, redo and other editors'
 * changes of the record. For references to records there are many of (persons, members), use
 * {@link ReferenceField} and its chooser.
 */
public final class RecordChoiceField extends AdapterImpl {

    private final EditingDomain domain;
    private final EObject record;
    private final EReference reference;
    private final Combo combo;
    private final List<EObject> choices = new ArrayList<>();
    private final Function<EObject, String> name;
    private final Runnable afterChange;

    public RecordChoiceField(Composite parent, EditingDomain domain, EObject record, EReference reference, List<? extends EObject> choices,
            Function<EObject, String> name, Runnable afterChange) {
        this.domain = domain;
        this.record = record;
        this.reference = reference;
        this.name = name;
        this.afterChange = afterChange;
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData("name", reference.getName()); //$NON-NLS-1$
        if (!reference.isRequired()) {
            this.choices.add(null);
        }
        this.choices.addAll(choices);
        this.choices.forEach(choice -> combo.add(choice == null ? Messages.Choice_none : name.apply(choice)));
        combo.setVisibleItemCount(Math.min(20, this.choices.size()));
        show();
        combo.addListener(SWT.Selection, event -> choose(combo.getSelectionIndex()));
        record.eAdapters().add(this);
        combo.addDisposeListener(event -> record.eAdapters().remove(this));
    }

    public Combo control() {
        return combo;
    }

    /** Sets the reference to the choice at the index (as picking it in the drop-down does). */
    public void choose(int index) {
        if (index < 0 || index >= choices.size()) {
            return;
        }
        EObject chosen = choices.get(index);
        if (chosen != record.eGet(reference)) {
            domain.getCommandStack().execute(SetCommand.create(domain, record, reference, chosen == null ? SetCommand.UNSET_VALUE : chosen));
            afterChange.run();
        }
    }

    public List<EObject> choices() {
        return List.copyOf(choices.stream().filter(java.util.Objects::nonNull).toList());
    }

    private void show() {
        Object value = record.eGet(reference);
        int index = choices.indexOf(value);
        if (index < 0 && value instanceof EObject other) {
            choices.add(other);
            combo.add(name.apply(other));
            index = choices.size() - 1;
        }
        combo.select(index);
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.getFeature() == reference && !combo.isDisposed()) {
            show();
        }
    }
}
