package org.garrison.internal.security.ui;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.garrison.internal.security.MaintenanceDue;
import org.garrison.internal.security.MaintenanceDues;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.SecurityPackage.Literals;
import org.garrison.store.StoreException;
import org.garrison.ui.table.RecordColumn;
import org.garrison.ui.table.RecordTable;
import org.garrison.ui.table.TableMenu;

/**
 * 设施设备台账: every asset in one table (category, code, name, location, status, commissioned, responsible,
 * next maintenance due — computed, red when overdue), filtered and sorted by any column, edited in place,
 * exported; Enter or a double-click opens the asset.
 */
public class AssetRegisterEditor extends SecurityEditorPart {

    private RecordTable table;
    private Label summary;
    private java.util.Map<Asset, MaintenanceDue> soonest = java.util.Map.of();

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 4).spacing(0, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        readDues();
        int nextDueColumn = 7;
        table = new RecordTable(parent, List.of(
                RecordColumn.path(items(), Literals.ASSET__CATEGORY).width(100),
                RecordColumn.path(items(), Literals.ASSET__CODE).width(80),
                RecordColumn.path(items(), Literals.ASSET__NAME).width(150),
                RecordColumn.path(items(), Literals.ASSET__LOCATION).width(110),
                RecordColumn.path(items(), Literals.ASSET__STATUS).width(70),
                RecordColumn.path(items(), Literals.ASSET__COMMISSIONED_ON).width(100),
                RecordColumn.computed(RecordColumn.nameOf(items(), Literals.ASSET, Literals.ASSET__RESPONSIBLE), row -> ((Asset) row).getResponsible()).width(80),
                RecordColumn.computed(Messages.Register_nextDue, row -> nextDue((Asset) row)).width(110)), domain(), items());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.natTable());
        table.markCells((row, column) -> column == nextDueColumn && overdue((Asset) row));
        table.addOpenListener(this::openAsset);
        table.addShownListener(this::updateSummary);
        TableMenu.attach(table, getSite(), Messages.Register_sheetName);
        table.setRows(ledger().getAssets());
        // maintenance recorded elsewhere (the due list) moves the next due days; assets saved elsewhere show
        followCommits(() -> {
            readDues();
            table.setRows(ledger().getAssets());
        }, Literals.MAINTENANCE_RECORD, Literals.ASSET, Literals.MAINTENANCE_PLAN);
        installGlobalActions();
    }

    private void readDues() {
        try {
            soonest = MaintenanceDues.soonestByAsset(MaintenanceDues.compute(session(), ledger()));
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Register_title, e.getMessage());
        }
    }

    private java.time.LocalDate nextDue(Asset asset) {
        MaintenanceDue due = soonest.get(asset);
        return due == null ? null : due.due();
    }

    private boolean overdue(Asset asset) {
        java.time.LocalDate due = nextDue(asset);
        return due != null && due.isBefore(SecurityUi.today());
    }

    private void updateSummary() {
        if (summary.isDisposed()) {
            return;
        }
        List<Asset> assets = ledger().getAssets();
        long inUse = assets.stream().filter(asset -> asset.getStatus() == AssetStatus.IN_USE).count();
        long overdue = assets.stream().filter(this::overdue).count();
        summary.setText(NLS.bind(Messages.Register_summary, new Object[] { assets.size(), inUse, overdue, table.shownRows().size() }));
        summary.getParent().layout(true);
    }

    private void openAsset(EObject row) {
        SecurityUi.open(getSite().getPage(), session(), row, ((Asset) row).getName(), SecurityUi.ASSET_EDITOR);
    }

    @Override
    protected void commandStackChanged() {
        table.refresh();
        updateSummary();
    }

    @Override
    protected void reverted() {
        table.refresh();
    }

    @Override
    public List<String> problems() {
        return ledger().getAssets().stream().flatMap(asset -> validationProblems(asset).stream()).distinct().toList();
    }

    public RecordTable table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }
}
