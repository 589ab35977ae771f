package org.garrison.internal.training.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.garrison.internal.training.StatisticsWorkbook;
import org.garrison.internal.training.TrainingStatistics;
import org.garrison.internal.training.TrainingTexts;
import org.garrison.model.training.InstructorLevel;
import org.garrison.store.StoreException;
import org.garrison.ui.charts.ChartSeries;
import org.garrison.ui.charts.Charts;
import org.garrison.ui.table.ViewerColumns;

/**
 * 训练情况统计 of a year as of today: batches completed, trainee places and persons, coverage, the pass
 * rate of each subject as a chart and a table, instructors by level, the best placings, deployments by
 * kind; 导出 Excel… writes the same as a workbook in the background.
 */
public class StatisticsEditor extends TrainingEditorPart {

    private Chart chart;
    private TableViewer subjects;
    private TableViewer placings;
    private TableViewer deployments;
    private Label instructors;
    private TrainingStatistics statistics;

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        Composite bar = yearBar(parent, 1, this::show);
        Button export = new Button(bar, SWT.PUSH);
        export.setText(Messages.Statistics_export);
        export.addListener(SWT.Selection, event -> export());
        instructors = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(instructors);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        SashForm top = new SashForm(sash, SWT.HORIZONTAL);
        chart = Charts.create(top, Charts.Kind.BAR, Messages.Statistics_chart, new String[0], List.of());
        subjects = table(top);
        ViewerColumns.add(subjects, TrainingStatistics.SubjectRow.class, Messages.Statistics_subject, 120, TrainingStatistics.SubjectRow::subject);
        ViewerColumns.add(subjects, TrainingStatistics.SubjectRow.class, Messages.Statistics_assessed, 80, row -> String.valueOf(row.assessed()));
        ViewerColumns.add(subjects, TrainingStatistics.SubjectRow.class, Messages.Statistics_passed, 80, row -> String.valueOf(row.passed()));
        ViewerColumns.add(subjects, TrainingStatistics.SubjectRow.class, Messages.Statistics_passRate, 80, row -> TrainingTexts.share(row.passRate()));
        SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
        placings = table(bottom);
        ViewerColumns.add(placings, TrainingStatistics.Placing.class, Messages.Statistics_level, 90, row -> TrainingTexts.label(row.level(), TrainingUi.locale()));
        ViewerColumns.add(placings, TrainingStatistics.Placing.class, Messages.Statistics_event, 120, TrainingStatistics.Placing::event);
        ViewerColumns.add(placings, TrainingStatistics.Placing.class, Messages.Statistics_best, 70, row -> NLS.bind(Messages.Statistics_placing, row.best()));
        ViewerColumns.add(placings, TrainingStatistics.Placing.class, Messages.Statistics_who, 80, TrainingStatistics.Placing::who);
        deployments = table(bottom);
        ViewerColumns.add(deployments, TrainingStatistics.Deployment.class, Messages.Statistics_taskKind, 120, row -> TrainingTexts.label(row.kind(), TrainingUi.locale()));
        ViewerColumns.add(deployments, TrainingStatistics.Deployment.class, Messages.Statistics_tasks, 70, row -> String.valueOf(row.tasks()));
        ViewerColumns.add(deployments, TrainingStatistics.Deployment.class, Messages.Statistics_persons, 90, row -> String.valueOf(row.persons()));
        ViewerColumns.add(deployments, TrainingStatistics.Deployment.class, Messages.Statistics_places, 90, row -> String.valueOf(row.places()));
        show();
    }

    private void show() {
        try {
            statistics = new TrainingStatistics(ledger(), session(), chosenYear(), TrainingUi.today());
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Statistics_title, e.getMessage());
            return;
        }
        List<TrainingStatistics.SubjectRow> rows = statistics.subjects();
        subjects.setInput(rows);
        Charts.update(chart, rows.stream().map(TrainingStatistics.SubjectRow::subject).toArray(String[]::new),
                List.of(new ChartSeries(Messages.Statistics_passRate, rows.stream().mapToDouble(row -> Math.round(row.passRate() * 1000) / 10.0).toArray())));
        placings.setInput(statistics.placings());
        deployments.setInput(statistics.deployments().stream().filter(row -> row.tasks() > 0).toList());
        List<String> levels = new ArrayList<>();
        for (Map.Entry<InstructorLevel, Integer> level : statistics.instructorsByLevel().entrySet()) {
            levels.add(NLS.bind(Messages.Statistics_level_count, TrainingTexts.label(level.getKey(), TrainingUi.locale()), level.getValue()));
        }
        instructors.setText(NLS.bind(Messages.Statistics_instructorsLine, String.join(Messages.Training_listSeparator, levels)));
        summarize(NLS.bind(Messages.Statistics_summary, new Object[] { statistics.batches().size(), statistics.places(), statistics.persons(),
                statistics.coverage().trained(), statistics.coverage().core(), TrainingTexts.share(statistics.coverage().share()),
                TrainingTexts.date(statistics.asOf()) }));
        instructors.getParent().layout(true);
    }

    private void export() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
        dialog.setFileName(NLS.bind(Messages.Statistics_file, statistics.year()));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen));
        }
    }

    /** Writes the workbook in a Job; answers the Job. */
    public Job export(Path file) {
        TrainingStatistics shown = statistics;
        Job job = new Job(NLS.bind(Messages.Statistics_exporting, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    StatisticsWorkbook.write(shown, file, TrainingUi.locale());
                    return Status.OK_STATUS;
                } catch (java.io.IOException e) {
                    return new Status(IStatus.ERROR, "org.garrison.training.ui", NLS.bind(Messages.Statistics_exportFailed, file, e.getMessage()), e); //$NON-NLS-1$
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    public TrainingStatistics statistics() {
        return statistics;
    }

    public Chart chart() {
        return chart;
    }

    public TableViewer subjects() {
        return subjects;
    }

    @Override
    public void setFocus() {
        subjects.getControl().setFocus();
    }
}
