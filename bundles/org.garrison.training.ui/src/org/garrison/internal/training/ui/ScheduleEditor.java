package org.garrison.internal.training.ui;

import java.time.LocalDate;
import java.util.ArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.training.TrainingSchedule;
import org.garrison.internal.training.TrainingTexts;
import org.garrison.model.training.EmergencyTask;
import org.garrison.model.training.TrainingBatch;
import org.garrison.ui.widgets.MarkState;
import org.garrison.ui.widgets.Timeline;

/**
 * 训练日程: the year's batches (closed green, ended without closing red, planned blue) and emergency
 * tasks (grey) on the timeline, today a red line; the clashes of an instructor or a place listed below.
 * Enter or a double-click opens the batch or task.
 */
public class ScheduleEditor extends TrainingEditorPart {

    private Timeline timeline;
    private org.eclipse.swt.widgets.List clashes;
    private final java.util.List<EObject> shownRecords = new ArrayList<>();
    private Color red;

    @Override
    protected void createContents(Composite parent) {
        red = new Color(0xc0, 0x39, 0x2b);
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        Composite bar = yearBar(parent, 1, this::show);
        Button create = new Button(bar, SWT.PUSH);
        create.setText(Messages.Schedule_new);
        create.addListener(SWT.Selection, event -> NewBatchHandler.open(getSite().getWorkbenchWindow()));
        timeline = new Timeline(parent, SWT.BORDER);
        timeline.setToday(TrainingUi.today());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 300).applyTo(timeline);
        timeline.onOpen(this::open);
        Label clashesLabel = new Label(parent, SWT.NONE);
        clashesLabel.setText(Messages.Schedule_clashes);
        clashes = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL);
        clashes.setForeground(red);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(clashes);
        show();
    }

    private void show() {
        TrainingSchedule schedule = new TrainingSchedule(ledger(), chosenYear());
        LocalDate today = TrainingUi.today();
        java.util.List<Timeline.Row> rows = new ArrayList<>();
        shownRecords.clear();
        for (TrainingBatch batch : schedule.batches()) {
            MarkState state = batch.getClosedOn() != null ? MarkState.HELD : batch.getEndDate() != null && batch.getEndDate().isBefore(today) ? MarkState.MISSED
                    : MarkState.PLANNED;
            String tip = NLS.bind(Messages.Schedule_batchTip, new Object[] { batch.getName(), TrainingTexts.date(batch.getStartDate()),
                    TrainingTexts.date(batch.getEndDate()), batch.getTrainees().size(), state == MarkState.HELD ? Messages.Schedule_closed
                            : state == MarkState.MISSED ? Messages.Schedule_notClosed : Messages.Schedule_planned });
            rows.add(new Timeline.Row(batch.getName(), java.util.List.of(new Timeline.Span(batch.getStartDate(),
                    batch.getEndDate() == null ? batch.getStartDate() : batch.getEndDate(), state, tip))));
            shownRecords.add(batch);
        }
        for (EmergencyTask task : schedule.tasks()) {
            LocalDate end = task.getEndDate() == null ? today.isAfter(task.getStartDate()) ? today : task.getStartDate() : task.getEndDate();
            String tip = NLS.bind(Messages.Schedule_taskTip, new Object[] { task.getName(), TrainingTexts.date(task.getStartDate()),
                    task.getEndDate() == null ? Messages.Schedule_ongoing : TrainingTexts.date(task.getEndDate()), task.getMembersDispatched() });
            rows.add(new Timeline.Row(task.getName(), java.util.List.of(new Timeline.Span(task.getStartDate(), end, MarkState.EXCUSED, tip))));
            shownRecords.add(task);
        }
        timeline.setRows(rows);
        clashes.removeAll();
        schedule.overlaps().forEach(overlap -> clashes.add(overlap.reason()));
        if (clashes.getItemCount() == 0) {
            clashes.add(Messages.Schedule_noClashes);
        }
        summarize(NLS.bind(Messages.Schedule_summary, new Object[] { schedule.batches().size(), schedule.tasks().size(), schedule.overlaps().size() }));
    }

    private void open(int row) {
        if (row < 0 || row >= shownRecords.size()) {
            return;
        }
        EObject record = shownRecords.get(row);
        try {
            if (record instanceof TrainingBatch batch) {
                TrainingUi.open(getSite().getPage(), session(), batch, batch.getName(), TrainingUi.BATCH_EDITOR);
            } else if (record instanceof EmergencyTask task) {
                TrainingUi.open(getSite().getPage(), session(), task, task.getName(), TaskEditor.ID);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Schedule_title, e.getMessage());
        }
    }

    public Timeline timeline() {
        return timeline;
    }

    public org.eclipse.swt.widgets.List clashes() {
        return clashes;
    }

    @Override
    public void setFocus() {
        timeline.setFocus();
    }

    @Override
    public void dispose() {
        if (red != null) {
            red.dispose();
        }
        super.dispose();
    }
}
