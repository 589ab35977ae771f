package org.garrison.internal.report.ui;

import org.garrison.ui.table.ViewerColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.part.ViewPart;
import org.garrison.report.Figure;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureValue;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/**
 * The year's report figures with their values and definitions, computed by the database in a Job;
 * double-clicking (or Enter on) a figure shows the records it counted.
 */
public final class FiguresView extends ViewPart {

    public static final String ID = "org.garrison.report.figures"; //$NON-NLS-1$

    /** One line of the view. */
    public record Line(Figure figure, FigureValue value) {
        String valueText() {
            return value.isMissing() ? Messages.Figures_missing
                    : value.text(figure.unit()) + (figure.unit() == org.garrison.report.FigureUnit.SHARE ? "%" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final FigureCatalog catalog = FigureCatalog.contributed();
    private Spinner year;
    private Combo scope;
    private ReportScopes scopes = new ReportScopes(List.of(0L), List.of(Messages.Options_district));
    private TableViewer table;
    private Label status;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Figures_year);
        year = new Spinner(parent, SWT.BORDER);
        year.setValues(ReportScopes.defaultYear(), 2000, 2100, 0, 1, 10);
        new Label(parent, SWT.NONE).setText(Messages.Figures_scope);
        scope = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.swtDefaults().hint(200, SWT.DEFAULT).applyTo(scope);
        Button compute = new Button(parent, SWT.PUSH);
        compute.setText(Messages.Figures_compute);
        compute.addListener(SWT.Selection, event -> compute());
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table.getControl());
        ViewerColumns.add(table, Line.class, Messages.Figures_area, 90, line -> org.garrison.ui.GarrisonUI.areaName(line.figure().area()));
        ViewerColumns.add(table, Line.class, Messages.Figures_name, 200, line -> line.figure().name(Locale.getDefault()));
        ViewerColumns.add(table, Line.class, Messages.Figures_value, 80, Line::valueText);
        ViewerColumns.add(table, Line.class, Messages.Figures_definition, 520, line -> line.figure().definition(Locale.getDefault()));
        ViewerColumns.add(table, Line.class, Messages.Figures_id, 220, line -> line.figure().id());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(event -> showRecords());
        table.getTable().addListener(SWT.DefaultSelection, event -> showRecords());
        status = new Label(parent, SWT.NONE);
        status.setText(Messages.Figures_hint);
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(status);
        readScopes();
        compute();
    }


    private void readScopes() {
        Store store = GarrisonUI.getStore();
        if (store != null) {
            try (StoreSession session = store.openSession()) {
                scopes = ReportScopes.read(session);
            } catch (StoreException e) {
                status.setText(NLS.bind(Messages.Figures_failed, e.getMessage()));
            }
        }
        scope.setItems(scopes.names().toArray(String[]::new));
        scope.select(0);
    }

    /** Computes every figure of the chosen year and scope in the background. */
    public Job compute() {
        Store store = GarrisonUI.getStore();
        if (store == null) {
            status.setText(Messages.Store_missing);
            return null;
        }
        int chosenYear = year.getSelection();
        long scopeId = scopes.ids().get(Math.max(0, scope.getSelectionIndex()));
        Job job = Job.create(NLS.bind(Messages.Figures_computing, chosenYear), (IProgressMonitor monitor) -> {
            List<Line> lines = new ArrayList<>();
            try (StoreSession session = store.openSession()) {
                Map<String, FigureValue> values = catalog.compute(new FigureContext(session, chosenYear, ReportScopes.unit(session, scopeId)), monitor);
                catalog.figures().forEach(figure -> lines.add(new Line(figure, values.get(figure.id()))));
            } catch (StoreException e) {
                return new Status(IStatus.ERROR, "org.garrison.report.ui", NLS.bind(Messages.Figures_failed, e.getMessage()), e); //$NON-NLS-1$
            }
            table.getControl().getDisplay().asyncExec(() -> {
                if (!table.getControl().isDisposed()) {
                    table.setInput(lines);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private void showRecords() {
        if (!(table.getStructuredSelection() instanceof IStructuredSelection selection) || !(selection.getFirstElement() instanceof Line line)) {
            return;
        }
        Store store = GarrisonUI.getStore();
        try (StoreSession session = store.openSession()) {
            long scopeId = scopes.ids().get(Math.max(0, scope.getSelectionIndex()));
            var records = line.figure().records(new FigureContext(session, year.getSelection(), ReportScopes.unit(session, scopeId)));
            CountedRecordsDialog dialog = new CountedRecordsDialog(getSite().getShell(), line, records);
            // Modal all the same; not blocking keeps the view's handler short (and lets tests read the dialog).
            dialog.setBlockOnOpen(false);
            dialog.open();
        } catch (StoreException e) {
            status.setText(NLS.bind(Messages.Figures_failed, e.getMessage()));
        }
    }

    public TableViewer viewer() {
        return table;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
