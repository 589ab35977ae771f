package org.garrison.internal.training.ui;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.garrison.internal.training.TrainingCoverage;
import org.garrison.internal.training.TrainingTexts;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.store.StoreException;
import org.garrison.ui.charts.ChartSeries;
import org.garrison.ui.charts.Charts;
import org.garrison.ui.table.ViewerColumns;

/**
 * 训练覆盖: of the core militia serving today (the year's end for a past year), the share the year's
 * closed batches trained — per town (chart and table) and per unit — and who has not been trained.
 */
public class CoverageEditor extends TrainingEditorPart {

    private Chart chart;
    private TableViewer towns;
    private TableViewer units;
    private TableViewer untrained;
    private TrainingCoverage coverage;
    private java.util.Map<org.garrison.model.core.Person, String[]> places = java.util.Map.of();

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(parent);
        yearBar(parent, 0, this::show);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        SashForm top = new SashForm(sash, SWT.HORIZONTAL);
        chart = Charts.create(top, Charts.Kind.BAR, Messages.Coverage_chart, new String[0], List.of());
        towns = table(top);
        ViewerColumns.add(towns, TrainingCoverage.TownRow.class, Messages.Coverage_town, 120, row -> row.town() == null ? "" : row.town().getName()); //$NON-NLS-1$
        ViewerColumns.add(towns, TrainingCoverage.TownRow.class, Messages.Coverage_core, 90, row -> String.valueOf(row.core()));
        ViewerColumns.add(towns, TrainingCoverage.TownRow.class, Messages.Coverage_trained, 80, row -> String.valueOf(row.trained()));
        ViewerColumns.add(towns, TrainingCoverage.TownRow.class, Messages.Coverage_share, 80, row -> TrainingTexts.share(row.share()));
        SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
        units = table(bottom);
        ViewerColumns.add(units, TrainingCoverage.Row.class, Messages.Coverage_town, 100, row -> row.town() == null ? "" : row.town().getName()); //$NON-NLS-1$
        ViewerColumns.add(units, TrainingCoverage.Row.class, Messages.Coverage_unit, 140, row -> row.unit() == null ? "" : row.unit().getName()); //$NON-NLS-1$
        ViewerColumns.add(units, TrainingCoverage.Row.class, Messages.Coverage_core, 90, row -> String.valueOf(row.core()));
        ViewerColumns.add(units, TrainingCoverage.Row.class, Messages.Coverage_trained, 80, row -> String.valueOf(row.trained()));
        ViewerColumns.add(units, TrainingCoverage.Row.class, Messages.Coverage_share, 80, row -> TrainingTexts.share(row.share()));
        Composite list = new Composite(bottom, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(list);
        new Label(list, SWT.NONE).setText(Messages.Coverage_untrained);
        untrained = table(list);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(untrained.getControl());
        ViewerColumns.add(untrained, MilitiaMember.class, Messages.Coverage_name, 90, member -> member.getPerson().getName());
        ViewerColumns.add(untrained, MilitiaMember.class, Messages.Coverage_identity, 170, member -> member.getPerson().getIdentityNumber());
        ViewerColumns.add(untrained, MilitiaMember.class, Messages.Coverage_town, 100, member -> place(member, 0));
        ViewerColumns.add(untrained, MilitiaMember.class, Messages.Coverage_unit, 140, member -> place(member, 1));
        sash.setWeights(1, 1);
        show();
    }

    private String place(MilitiaMember member, int part) {
        String[] place = places.get(member.getPerson());
        return place == null ? "" : place[part]; //$NON-NLS-1$
    }

    private void show() {
        try {
            coverage = TrainingCoverage.compute(session(), chosenYear(), TrainingUi.today());
            List<MilitiaMember> notTrained = coverage.untrained(session());
            places = TrainingCoverage.places(session(), notTrained);
            untrained.setInput(notTrained);
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Coverage_title, e.getMessage());
            return;
        }
        towns.setInput(coverage.towns());
        units.setInput(coverage.rows());
        List<TrainingCoverage.TownRow> rows = coverage.towns();
        Charts.update(chart, rows.stream().map(row -> row.town() == null ? "" : row.town().getName()).toArray(String[]::new), //$NON-NLS-1$
                List.of(new ChartSeries(Messages.Coverage_share, rows.stream().mapToDouble(row -> Math.round(row.share() * 1000) / 10.0).toArray())));
        summarize(NLS.bind(Messages.Coverage_summary, new Object[] { TrainingTexts.date(coverage.asOf()), coverage.core(), coverage.trained(),
                TrainingTexts.share(coverage.share()), coverage.core() - coverage.trained() }));
    }

    public TrainingCoverage coverage() {
        return coverage;
    }

    public TableViewer towns() {
        return towns;
    }

    public TableViewer untrained() {
        return untrained;
    }

    @Override
    public void setFocus() {
        towns.getControl().setFocus();
    }
}
