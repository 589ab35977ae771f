package org.garrison.internal.training.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.TrainingPackage.Literals;
import org.garrison.ui.editor.AttachmentsSection;
import org.garrison.ui.editor.RecordForm;
import org.garrison.ui.editor.ReferenceListField;

/**
 * An emergency task (遂行任务): kind, name, place, dates, the members dispatched (chosen among the
 * militia serving on the first day; the number follows the list in the same command, never typed apart
 * from it) and what was done.
 */
public class TaskEditor extends TrainingEditorPart {

    public static final String ID = "org.garrison.training.taskEditor"; //$NON-NLS-1$

    private EmergencyTask task;
    private RecordForm form;
    private Label dispatched;
    private Label problemsLabel;
    private ReferenceListField participants;
    private Color red;

    @Override
    protected void openedLedger(IEditorInput input) throws PartInitException {
        task = storedRecord(input, EmergencyTask.class);
        readMemberships(task.getParticipants());
    }

    @Override
    protected void createContents(Composite parent) {
        red = new Color(0xc0, 0x39, 0x2b);
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(parent);
        problemsLabel = new Label(parent, SWT.WRAP);
        problemsLabel.setForeground(red);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemsLabel);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        form = new RecordForm(domain(), task, items(), () -> {
        });
        form.field(header, Literals.EMERGENCY_TASK__KIND, 1);
        form.field(header, Literals.EMERGENCY_TASK__NAME, 1);
        form.field(header, Literals.EMERGENCY_TASK__PLACE, 1);
        form.field(header, Literals.EMERGENCY_TASK__START_DATE, 1);
        form.field(header, Literals.EMERGENCY_TASK__END_DATE, 1);
        dispatched = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(dispatched);
        form.longText(header, Literals.EMERGENCY_TASK__WORK, 5, 50);
        form.label(parent, Literals.EMERGENCY_TASK__PARTICIPANTS);
        participants = new ReferenceListField(parent, domain(), session(), task, Literals.EMERGENCY_TASK__PARTICIPANTS, () -> {
        }).countInto(Literals.EMERGENCY_TASK__MEMBERS_DISPATCHED);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(participants.control());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(participants.table().getControl());
        AttachmentsSection attachments = new AttachmentsSection(parent, domain(), session(), task);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(attachments.control());
        showState();
        installGlobalActions();
    }

    @Override
    protected void commandStackChanged() {
        readMemberships(task.getParticipants());
        showState();
    }

    @Override
    public java.util.List<String> problems() {
        return validationProblems(task);
    }

    @Override
    protected void reverted() {
        form.reset();
        showState();
    }

    private void showState() {
        if (dispatched == null || dispatched.isDisposed()) {
            return;
        }
        dispatched.setText(NLS.bind(Messages.Task_dispatched, task.getMembersDispatched()));
        problemsLabel.setText(problems().isEmpty() ? "" : NLS.bind(Messages.Batch_problems, String.join("\n", problems()))); //$NON-NLS-1$ //$NON-NLS-2$
        problemsLabel.getParent().layout(true, true);
    }

    public EmergencyTask task() {
        return task;
    }

    public ReferenceListField participants() {
        return participants;
    }

    @Override
    public void setFocus() {
        participants.table().getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (red != null) {
            red.dispose();
        }
        super.dispose();
    }
}
