package org.garrison.internal.study.ui.statistics;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.garrison.internal.study.MakeUpTally;
import org.garrison.internal.study.PersonAttendance;
import org.garrison.internal.study.StatisticsWorkbook;
import org.garrison.internal.study.StudySettings;
import org.garrison.internal.study.StudyStatistics;
import org.garrison.internal.study.StudyTexts;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyEditorPart;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.ui.charts.ChartSeries;
import org.garrison.ui.charts.Charts;
import org.garrison.ui.editor.DateField;
import org.garrison.ui.editor.DateTexts;
import org.garrison.ui.table.ViewerColumns;

/**
 * 学习情况统计 for a year or a range of days and a group: sessions per kind and month (a stacked
 * chart), attendance per person and overall against the 90% target, make-ups owed, done and
 * overdue, each regime's compliance and the reading plan; export to .xlsx. Counted as of today.
 */
public class StatisticsEditor extends StudyEditorPart {

    public static final String ID = StudyUi.STATISTICS;

    private StudyStatistics statistics;
    private Combo groupCombo;
    private DateField fromField;
    private DateField toField;
    private Combo yearCombo;
    private Label overall;
    private Label makeUps;
    private Label reading;
    private TableViewer persons;
    private TableViewer regimes;
    private Chart chart;
    private Composite body;
    private ScrolledComposite scrolled;


    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(body);
        Composite bar = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(9).spacing(8, 4).applyTo(bar);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Statistics_year);
        yearCombo = yearCombo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Statistics_from);
        fromField = new DateField(bar);
        new Label(bar, SWT.NONE).setText(Messages.Statistics_to);
        toField = new DateField(bar);
        new Label(bar, SWT.NONE).setText(Messages.Statistics_group);
        groupCombo = new Combo(bar, SWT.READ_ONLY);
        groupCombo.add(Messages.Statistics_everyone);
        ledger().getGroups().forEach(group -> groupCombo.add(group.getName()));
        groupCombo.select(0);
        Button export = new Button(bar, SWT.PUSH);
        export.setText(Messages.Statistics_export);
        export.addListener(SWT.Selection, event -> exportWithDialog());
        yearCombo.addListener(SWT.Selection, event -> yearChosen());
        fromField.onPicked(day -> show());
        toField.onPicked(day -> show());
        fromField.text().addListener(SWT.DefaultSelection, event -> show());
        toField.text().addListener(SWT.DefaultSelection, event -> show());
        fromField.text().addListener(SWT.FocusOut, event -> show());
        toField.text().addListener(SWT.FocusOut, event -> show());
        groupCombo.addListener(SWT.Selection, event -> show());

        overall = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(overall);
        chart = Charts.create(body, Charts.Kind.STACKED_BAR, Messages.Statistics_chart, new String[0], List.of());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 300).applyTo(chart);

        Group attendance = new Group(body, SWT.NONE);
        attendance.setText(Messages.Statistics_attendance);
        GridLayoutFactory.swtDefaults().applyTo(attendance);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(attendance);
        persons = table(attendance);
        ViewerColumns.add(persons, PersonAttendance.class, Messages.Statistics_person, 90, row -> row.person().getName());
        ViewerColumns.add(persons, PersonAttendance.class, Messages.Statistics_expected, 80, row -> String.valueOf(row.expected()));
        ViewerColumns.add(persons, PersonAttendance.class, Messages.Statistics_present, 80, row -> String.valueOf(row.present()));
        ViewerColumns.add(persons, PersonAttendance.class, Messages.Statistics_absent, 70, row -> String.valueOf(row.absent()));
        ViewerColumns.add(persons, PersonAttendance.class, Messages.Statistics_rate, 80, row -> StudyTexts.share(row.rate()));

        Group right = new Group(body, SWT.NONE);
        right.setText(Messages.Statistics_regimes);
        GridLayoutFactory.swtDefaults().applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        regimes = table(right);
        ViewerColumns.add(regimes, StudyStatistics.RegimeCompliance.class, Messages.Statistics_regime, 120, row -> row.regime().getName());
        ViewerColumns.add(regimes, StudyStatistics.RegimeCompliance.class, Messages.Statistics_held, 70, row -> String.valueOf(row.compliance().held()));
        ViewerColumns.add(regimes, StudyStatistics.RegimeCompliance.class, Messages.Statistics_missed, 70, row -> String.valueOf(row.compliance().missed()));
        ViewerColumns.add(regimes, StudyStatistics.RegimeCompliance.class, Messages.Statistics_excused, 70,
                row -> String.valueOf(row.compliance().excused()));
        ViewerColumns.add(regimes, StudyStatistics.RegimeCompliance.class, Messages.Statistics_compliance, 80,
                row -> StudyTexts.share(row.compliance().rate()));
        makeUps = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(makeUps);
        reading = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reading);

        scrolled.setContent(body);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        yearChosen();
    }

    private static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(viewer.getControl());
        return viewer;
    }

    private void yearChosen() {
        int year = Integer.parseInt(yearCombo.getText());
        fromField.text().setText(DateTexts.format(LocalDate.of(year, 1, 1)));
        toField.text().setText(DateTexts.format(LocalDate.of(year, 12, 31)));
        show();
    }

    /** Counts the group's year (null: every group), as choosing them in the lists does. */
    public void show(StudyGroup group, int year) {
        groupCombo.select(group == null ? 0 : ledger().getGroups().indexOf(group) + 1);
        select(yearCombo, year);
        yearChosen();
    }


    public StudyGroup group() {
        return groupCombo.getSelectionIndex() <= 0 ? null : ledger().getGroups().get(groupCombo.getSelectionIndex() - 1);
    }

    /** Counts again for the range and group shown; a range typed wrong is said so, not counted. */
    public void show() {
        LocalDate from = DateTexts.parse(fromField.text().getText());
        LocalDate to = DateTexts.parse(toField.text().getText());
        if (from == null || to == null || to.isBefore(from)) {
            overall.setText(Messages.Statistics_badRange);
            return;
        }
        if (statistics != null && statistics.from().equals(from) && statistics.to().equals(to) && statistics.group() == group()) {
            return;
        }
        statistics = StudyStatistics.of(ledger(), group(), from, to, StudyUi.today(), StudySettings.makeUpDays());
        overall.setText(NLS.bind(Messages.Statistics_overallText, new Object[] { statistics.sessions().size(), statistics.expected(),
                statistics.present(), StudyTexts.share(statistics.attendanceRate()),
                statistics.meetsTarget() ? Messages.Statistics_met : Messages.Statistics_notMet, StudyTexts.date(statistics.today()) }));
        List<YearMonth> months = statistics.months();
        String[] categories = months.stream().map(month -> NLS.bind(Messages.Statistics_monthShort, month.getMonthValue())).toArray(String[]::new);
        List<ChartSeries> series = new ArrayList<>();
        for (StudyKind kind : StudyKind.VALUES) {
            double[] values = months.stream().mapToDouble(month -> statistics.sessions(kind, month)).toArray();
            if (java.util.Arrays.stream(values).sum() > 0) {
                series.add(new ChartSeries(StudyTexts.label(kind, StudyUi.locale()), values));
            }
        }
        Charts.update(chart, categories, series);
        persons.setInput(statistics.attendance());
        regimes.setInput(statistics.regimes());
        MakeUpTally tally = statistics.makeUps();
        makeUps.setText(NLS.bind(Messages.Statistics_makeUpsText, new Object[] { tally.owed(), tally.done(), tally.open(), tally.overdue() }));
        reading.setText(NLS.bind(Messages.Statistics_readingText, new Object[] { statistics.reading().persons().size(), statistics.reading().items().size(),
                StudyTexts.share(statistics.reading().overallShare()), statistics.reading().behind().size(), statistics.reading().target() }));
        body.layout(true, true);
        scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void exportWithDialog() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
        dialog.setFileName(NLS.bind(Messages.Statistics_fileName, statistics.from().getYear()));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen)).schedule();
        }
    }

    /** A job that writes the shown statistics to the .xlsx file; it says so when the file cannot be written. */
    public Job export(Path file) {
        StudyStatistics shown = statistics;
        Job job = Job.create(NLS.bind(Messages.Statistics_exporting, file.getFileName()), (IProgressMonitor monitor) -> {
            try {
                StatisticsWorkbook.write(shown, file, StudyUi.locale());
                return Status.OK_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "org.garrison.study.ui", NLS.bind(Messages.Statistics_exportFailed, file, e.getMessage()), e); //$NON-NLS-1$
            }
        });
        job.setUser(true);
        return job;
    }

    public StudyStatistics statistics() {
        return statistics;
    }

    public Chart chart() {
        return chart;
    }

    public TableViewer persons() {
        return persons;
    }

    public Combo groupCombo() {
        return groupCombo;
    }

    public Combo yearCombo() {
        return yearCombo;
    }

    @Override
    public void setFocus() {
        yearCombo.setFocus();
    }

}
