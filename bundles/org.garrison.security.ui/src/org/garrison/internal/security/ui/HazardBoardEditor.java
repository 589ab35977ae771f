package org.garrison.internal.security.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.garrison.internal.security.SecurityRegisters;
import org.garrison.internal.security.SecurityStatistics;
import org.garrison.internal.security.SecurityTexts;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardState;
import org.garrison.store.StoreException;
import org.garrison.ui.charts.ChartSeries;
import org.garrison.ui.charts.Charts;
import org.garrison.ui.editor.YearBar;
import org.garrison.ui.table.ViewerColumns;

/**
 * 隐患整改 board of a year: a column per state (待整改, 整改中, 已整改, 已验收) with the hazards found in the
 * year (and the open ones of earlier years), past-deadline ones red; below, found / rectified / overdue by
 * month; 隐患整改台账… writes the register.
 */
public class HazardBoardEditor extends SecurityEditorPart {

    private YearBar yearBar;
    private final Map<HazardState, TableViewer> columns = new EnumMap<>(HazardState.class);
    private Chart chart;
    private Color red;
    private SecurityStatistics statistics;

    @Override
    protected void createContents(Composite parent) {
        red = new Color(SecurityUi.RED);
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        List<Integer> years = ledger().getHazards().stream().filter(hazard -> hazard.getFoundOn() != null).map(hazard -> hazard.getFoundOn().getYear()).toList();
        yearBar = new YearBar(parent, 1, years, SecurityUi.today().getYear(), this::show);
        Button register = new Button(yearBar.control(), SWT.PUSH);
        register.setText(Messages.Board_register);
        register.addListener(SWT.Selection, event -> writeRegister());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite board = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).applyTo(board);
        for (HazardState state : HazardState.VALUES) {
            Group column = new Group(board, SWT.NONE);
            GridLayoutFactory.swtDefaults().applyTo(column);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
            column.setData(state);
            TableViewer table = ViewerColumns.table(column);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
            ViewerColumns.add(table, Hazard.class, org.garrison.internal.security.Messages.Register_foundOn, 95, hazard -> SecurityTexts.date(hazard.getFoundOn()));
            ViewerColumns.add(table, Hazard.class, org.garrison.internal.security.Messages.Register_hazard, 200, Hazard::getDescription);
            ViewerColumns.add(table, Hazard.class, org.garrison.internal.security.Messages.Register_deadline, 95, hazard -> SecurityTexts.date(hazard.getDeadline()));
            table.addDoubleClickListener(event -> open(table));
            table.getTable().addListener(SWT.DefaultSelection, event -> open(table));
            columns.put(state, table);
        }
        chart = Charts.create(sash, Charts.Kind.BAR, Messages.Board_chart, new String[0], List.of());
        sash.setWeights(3, 2);
        show();
        followCommits(this::show, org.garrison.model.security.SecurityPackage.Literals.HAZARD);
        installGlobalActions();
    }

    private void show() {
        int year = yearBar.year();
        try {
            statistics = new SecurityStatistics(ledger(), session(), year, SecurityUi.today());
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Board_title, e.getMessage());
            return;
        }
        for (HazardState state : HazardState.VALUES) {
            List<Hazard> hazards = onBoard(year).stream().filter(hazard -> hazard.getState() == state).toList();
            TableViewer table = columns.get(state);
            table.setInput(hazards);
            ((Group) table.getControl().getParent()).setText(NLS.bind(Messages.Board_column, SecurityTexts.label(state, SecurityUi.locale()), hazards.size()));
            for (TableItem item : table.getTable().getItems()) {
                item.setBackground(((Hazard) item.getData()).overdueOn(SecurityUi.today()) ? red : null);
            }
        }
        List<SecurityStatistics.HazardMonth> months = statistics.hazardMonths();
        Charts.update(chart, months.stream().map(month -> SecurityTexts.shortMonth(month.month(), SecurityUi.locale())).toArray(String[]::new), List.of(
                new ChartSeries(Messages.Board_found, months.stream().mapToDouble(SecurityStatistics.HazardMonth::found).toArray()),
                new ChartSeries(Messages.Board_rectified, months.stream().mapToDouble(SecurityStatistics.HazardMonth::rectified).toArray()),
                new ChartSeries(Messages.Board_overdue, months.stream().mapToDouble(SecurityStatistics.HazardMonth::overdue).toArray(), SecurityUi.RED_STRONG)));
        yearBar.summarize(NLS.bind(Messages.Board_summary, new Object[] { statistics.hazards().size(), statistics.hazardsRectified(),
                statistics.hazardsAccepted(), statistics.hazardsOverdue() }));
    }

    /** The year's hazards and the ones of earlier years still open. */
    private List<Hazard> onBoard(int year) {
        List<Hazard> shown = new ArrayList<>();
        for (Hazard hazard : ledger().getHazards()) {
            if (hazard.getFoundOn() == null) {
                continue;
            }
            boolean open = hazard.getState() == HazardState.PENDING || hazard.getState() == HazardState.RECTIFYING;
            if (hazard.getFoundOn().getYear() == year || open && hazard.getFoundOn().getYear() < year) {
                shown.add(hazard);
            }
        }
        shown.sort(java.util.Comparator.comparing(Hazard::getFoundOn));
        return shown;
    }

    private void open(TableViewer table) {
        Object chosen = ((IStructuredSelection) table.getSelection()).getFirstElement();
        if (chosen instanceof Hazard hazard) {
            SecurityUi.open(getSite().getPage(), session(), hazard, hazard.getDescription(), SecurityUi.HAZARD_EDITOR);
        }
    }

    private void writeRegister() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.docx" }); //$NON-NLS-1$
        dialog.setFileName(NLS.bind(Messages.Board_registerFile, yearBar.year()));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            writeRegister(Path.of(chosen));
        }
    }

    /** Writes the year's 隐患整改台账 in a Job; answers the Job. */
    public Job writeRegister(Path file) {
        List<Hazard> hazards = statistics.hazards();
        int year = statistics.year();
        return SecurityUi.write(file, () -> SecurityRegisters.writeHazards(hazards, year, file, SecurityUi.locale()));
    }

    @Override
    protected void commandStackChanged() {
        show();
    }

    public TableViewer column(HazardState state) {
        return columns.get(state);
    }

    public YearBar yearBar() {
        return yearBar;
    }

    public Chart chart() {
        return chart;
    }

    @Override
    public void setFocus() {
        columns.get(HazardState.PENDING).getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (red != null) {
            red.dispose();
        }
        super.dispose();
    }
}
