package org.garrison.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.chooser.NamedRecordsProfile;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.chooser.ChooserColumn;
import org.garrison.ui.chooser.ChooserColumns;
import org.garrison.ui.chooser.RecordChooser;

/**
 * A many-valued reference of a record (a session's attendees, a batch's trainees): the records it
 * holds in a table, 添加… (the chooser, several at once, "add all shown") and 移除 (or Delete).
 * Adding and removing are commands on the editing domain: undo, redo and the dirty marker work.
 */
public final class ReferenceListField extends AdapterImpl {

    private final EditingDomain domain;
    private final StoreSession session;
    private final EObject record;
    private final EReference reference;
    private final Runnable afterChange;
    private final Composite composite;
    private final TableViewer table;
    private final Label count;
    private org.eclipse.emf.ecore.EAttribute countAttribute;

    public ReferenceListField(Composite parent, EditingDomain domain, StoreSession session, EObject record, EReference reference, Runnable afterChange) {
        this.domain = domain;
        this.session = session;
        this.record = record;
        this.reference = reference;
        this.afterChange = afterChange;
        try {
            session.resolve(List.of(record), reference); // one query, not one per row
        } catch (StoreException e) {
            // the rows then read their records one by one as they are shown
        }
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(composite);
        table = new TableViewer(composite, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        for (ChooserColumn column : columns()) {
            org.garrison.ui.table.ViewerColumns.add(table, EObject.class, column.header(), Math.max(50, column.widthInChars() * 14), column.text());
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).span(1, 3).applyTo(table.getTable());
        Button add = new Button(composite, SWT.PUSH);
        add.setText(Messages.Chooser_add);
        add.addListener(SWT.Selection, event -> add());
        GridDataFactory.fillDefaults().applyTo(add);
        Button remove = new Button(composite, SWT.PUSH);
        remove.setText(Messages.Chooser_remove);
        remove.addListener(SWT.Selection, event -> removeSelected());
        GridDataFactory.fillDefaults().applyTo(remove);
        table.getTable().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL) {
                removeSelected();
            }
        });
        count = new Label(composite, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.END).applyTo(count);
        show();
        record.eAdapters().add(this);
        composite.addDisposeListener(event -> record.eAdapters().remove(this));
    }

    /** The columns of the first profile that searches the type itself (an area's instructors), else of any named record. */
    private List<ChooserColumn> columns() {
        for (org.garrison.ui.chooser.ChooserProfile profile : org.garrison.ui.chooser.ChooserProfiles.of(reference.getEReferenceType())) {
            if (profile.chosenPath() == null && profile.searched() == reference.getEReferenceType() && !(profile instanceof NamedRecordsProfile)) {
                return profile.columns();
            }
        }
        return NamedRecordsProfile.canSearch(reference.getEReferenceType()) ? new NamedRecordsProfile(reference.getEReferenceType()).columns()
                : List.of(new ChooserColumn(Messages.Chooser_name, 16, ChooserColumns::text));
    }

    /**
     * Keeps the number of records in the list in an attribute of the record (a task's members dispatched),
     * set in the same command as each add or remove, so that the number is never typed apart from the list.
     */
    public ReferenceListField countInto(org.eclipse.emf.ecore.EAttribute attribute) {
        this.countAttribute = attribute;
        return this;
    }

    public Composite control() {
        return composite;
    }

    public TableViewer table() {
        return table;
    }

    @SuppressWarnings("unchecked")
    private List<EObject> values() {
        return (List<EObject>) record.eGet(reference);
    }

    /** Opens the chooser and adds what was chosen and is not in the list yet. */
    public void add() {
        List<EObject> chosen = RecordChooser.choose(composite.getShell(), session, reference.getEReferenceType(), true, values());
        add(chosen);
    }

    /** Adds the records (those not in the list yet) as one command. */
    public void add(List<EObject> chosen) {
        List<EObject> fresh = new ArrayList<>();
        for (EObject value : chosen) {
            if (!values().contains(value) && !fresh.contains(value)) {
                fresh.add(value);
            }
        }
        if (!fresh.isEmpty()) {
            execute(counted(AddCommand.create(domain, record, reference, fresh), values().size() + fresh.size()));
        }
    }

    /** Removes the selected records as one command. */
    public void removeSelected() {
        List<?> selected = ((IStructuredSelection) table.getSelection()).toList();
        if (!selected.isEmpty()) {
            execute(counted(RemoveCommand.create(domain, record, reference, new ArrayList<>(selected)), values().size() - selected.size()));
        }
    }

    private Command counted(Command change, int size) {
        if (countAttribute == null) {
            return change;
        }
        org.eclipse.emf.common.command.CompoundCommand both = new org.eclipse.emf.common.command.CompoundCommand(change.getLabel());
        both.append(change);
        both.append(org.eclipse.emf.edit.command.SetCommand.create(domain, record, countAttribute, size));
        return both;
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private void show() {
        if (table.getTable().isDisposed()) {
            return;
        }
        table.setInput(values().toArray());
        count.setText(NLS.bind(Messages.Chooser_count, values().size()));
        composite.layout();
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.getFeature() == reference && !table.getTable().isDisposed()) {
            show();
            afterChange.run();
        }
    }
}
