package org.garrison.internal.security.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swtchart.Chart;
import org.garrison.internal.security.SecurityRegisters;
import org.garrison.internal.security.SecurityStatistics;
import org.garrison.internal.security.SecurityTexts;
import org.garrison.internal.security.StatisticsWorkbook;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.store.StoreException;
import org.garrison.ui.charts.ChartSeries;
import org.garrison.ui.charts.Charts;
import org.garrison.ui.editor.YearBar;
import org.garrison.ui.table.ViewerColumns;

/**
 * 安全管理情况 of a year as of today: maintenance done and on time, overdue, hazards found / rectified /
 * accepted / overdue by month (chart and table), the quarterly activities, drills; 导出 Excel… writes the
 * same as a workbook, 安全检查记录… the year's inspection record as a Word form.
 */
public class StatisticsEditor extends SecurityEditorPart {

    private YearBar yearBar;
    private Chart chart;
    private TableViewer months;
    private SecurityStatistics statistics;

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        List<Integer> years = ledger().getHazards().stream().filter(hazard -> hazard.getFoundOn() != null).map(hazard -> hazard.getFoundOn().getYear()).toList();
        yearBar = new YearBar(parent, 2, years, SecurityUi.today().getYear(), this::show);
        Button export = new Button(yearBar.control(), SWT.PUSH);
        export.setText(Messages.Statistics_export);
        export.addListener(SWT.Selection, event -> save("*.xlsx", Messages.Statistics_file, this::export)); //$NON-NLS-1$
        Button inspections = new Button(yearBar.control(), SWT.PUSH);
        inspections.setText(Messages.Statistics_inspections);
        inspections.addListener(SWT.Selection, event -> save("*.docx", Messages.Statistics_inspectionsFile, this::writeInspections)); //$NON-NLS-1$
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        chart = Charts.create(sash, Charts.Kind.BAR, Messages.Board_chart, new String[0], List.of());
        months = ViewerColumns.table(sash);
        ViewerColumns.add(months, SecurityStatistics.HazardMonth.class, org.garrison.internal.security.Messages.Statistics_month, 90,
                month -> SecurityTexts.month(month.month()));
        ViewerColumns.add(months, SecurityStatistics.HazardMonth.class, Messages.Board_found, 60, month -> String.valueOf(month.found()));
        ViewerColumns.add(months, SecurityStatistics.HazardMonth.class, Messages.Board_rectified, 60, month -> String.valueOf(month.rectified()));
        ViewerColumns.add(months, SecurityStatistics.HazardMonth.class, Messages.Board_accepted, 60, month -> String.valueOf(month.accepted()));
        ViewerColumns.add(months, SecurityStatistics.HazardMonth.class, Messages.Board_overdue, 80, month -> String.valueOf(month.overdue()));
        sash.setWeights(3, 2);
        show();
    }

    private void show() {
        try {
            statistics = new SecurityStatistics(ledger(), session(), yearBar.year(), SecurityUi.today());
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Statistics_title, e.getMessage());
            return;
        }
        List<SecurityStatistics.HazardMonth> rows = statistics.hazardMonths();
        months.setInput(rows);
        Charts.update(chart, rows.stream().map(month -> SecurityTexts.shortMonth(month.month(), SecurityUi.locale())).toArray(String[]::new), List.of(
                new ChartSeries(Messages.Board_found, rows.stream().mapToDouble(SecurityStatistics.HazardMonth::found).toArray()),
                new ChartSeries(Messages.Board_rectified, rows.stream().mapToDouble(SecurityStatistics.HazardMonth::rectified).toArray()),
                new ChartSeries(Messages.Board_overdue, rows.stream().mapToDouble(SecurityStatistics.HazardMonth::overdue).toArray(), SecurityUi.RED_STRONG)));
        yearBar.summarize(NLS.bind(Messages.Statistics_summary, new Object[] { statistics.maintenance().size(), statistics.onTime(),
                SecurityTexts.share(statistics.onTimeShare()), statistics.overdue().size(), statistics.hazards().size(), statistics.hazardsRectified(),
                statistics.hazardsAccepted(), statistics.hazardsOverdue(), statistics.activities().held(), statistics.activities().missing(),
                statistics.drills(), SecurityTexts.date(statistics.asOf()) }));
    }

    private void save(String extension, String name, java.util.function.Consumer<Path> write) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName(NLS.bind(name, statistics.year()));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            write.accept(Path.of(chosen));
        }
    }

    /** Writes the workbook in a Job; answers the Job. */
    public Job export(Path file) {
        SecurityStatistics shown = statistics;
        return SecurityUi.write(file, () -> StatisticsWorkbook.write(shown, file, SecurityUi.locale()));
    }

    /** Writes the year's 安全检查记录 in a Job; answers the Job. */
    public Job writeInspections(Path file) {
        List<MaintenanceRecord> records = statistics.maintenance().stream().map(done -> done.record()).toList();
        int year = statistics.year();
        return SecurityUi.write(file, () -> SecurityRegisters.writeInspections(records, year, file, SecurityUi.locale()));
    }

    public SecurityStatistics statistics() {
        return statistics;
    }

    public YearBar yearBar() {
        return yearBar;
    }

    @Override
    public void setFocus() {
        months.getControl().setFocus();
    }
}
