package org.garrison.internal.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.garrison.internal.ui.Messages;
import org.garrison.ui.table.RecordColumn;
import org.garrison.ui.table.RecordTable;

/**
 * The records a record contains (a cadre's monthly meetings, a campaign's publicity events) as a
 * table edited in place, with Add and Remove; every change an EMF command on the editor's domain.
 */
final class ContainedRecords {

    private final EditingDomain domain;
    private final EObject owner;
    private final EReference reference;
    private final RecordTable table;

    ContainedRecords(Composite parent, EditingDomain domain, ComposedAdapterFactory items, EObject owner, EReference reference, String title) {
        this.domain = domain;
        this.owner = owner;
        this.reference = reference;
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        List<RecordColumn> columns = new ArrayList<>();
        for (EAttribute attribute : reference.getEReferenceType().getEAllAttributes()) {
            if (!attribute.isMany() && !attribute.isTransient() && !RecordEditor.isAudit(attribute) && attribute.getEAttributeType().getInstanceClass() != byte[].class) {
                columns.add(RecordColumn.path(items, attribute).width(120));
            }
        }
        for (EReference single : reference.getEReferenceType().getEAllReferences()) {
            if (!single.isMany() && !single.isContainment() && !single.isContainer()) {
                columns.add(RecordColumn.computed(RecordColumn.nameOf(items, reference.getEReferenceType(), single), row -> row.eGet(single)).width(140));
            }
        }
        table = new RecordTable(group, columns, domain, items);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, 160).applyTo(table.natTable());
        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.Editor_add);
        add.addListener(SWT.Selection, event -> add());
        GridDataFactory.fillDefaults().applyTo(add);
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(Messages.Editor_remove);
        remove.addListener(SWT.Selection, event -> removeSelected());
        GridDataFactory.fillDefaults().applyTo(remove);
        refresh();
    }

    /** Adds a new, empty contained record at the end (one undoable step). */
    void add() {
        domain.getCommandStack().execute(AddCommand.create(domain, owner, reference, EcoreUtil.create(reference.getEReferenceType())));
    }

    void removeSelected() {
        List<EObject> selected = table.selectedRows();
        if (!selected.isEmpty()) {
            domain.getCommandStack().execute(RemoveCommand.create(domain, owner, reference, selected));
        }
    }

    @SuppressWarnings("unchecked")
    void refresh() {
        if (!table.natTable().isDisposed()) {
            table.setRows((EList<EObject>) owner.eGet(reference));
        }
    }

    RecordTable table() {
        return table;
    }
}
