package org.garrison.report.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;


import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.report.ui.FiguresView;
import org.garrison.report.FigureCatalog;
import org.garrison.report.FigureContext;
import org.garrison.store.StoreSession;
import org.garrison.testing.ui.WorkbenchDriver;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Report > Report Figures: every figure with its value and definition; a double-click lists the records behind one. */
class FiguresViewTest {

    @BeforeAll
    static void district() throws Exception {
        ReportWorkbench.districtStored();
    }

    @Test
    void theViewListsTheFiguresAndShowsTheRecordsBehindOne() throws Exception {
        WorkbenchDriver.command("org.garrison.report.showFigures");
        FiguresView view = (FiguresView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(FiguresView.ID);
        assertThat(view).isNotNull();
        Table table = view.viewer().getTable();
        Spinner year = WorkbenchDriver.find(table.getParent(), Spinner.class);
        year.setSelection(ReportWorkbench.YEAR);
        view.compute().join();
        int figures = FigureCatalog.contributed().figures().size();
        waitUntil(() -> table.getItemCount() == figures);

        long batches;
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            batches = FigureCatalog.contributed().figure("training.batches").compute(new FigureContext(session, ReportWorkbench.YEAR, null)).count();
        }
        TableItem line = null;
        for (TableItem item : table.getItems()) {
            if (item.getText(4).equals("training.batches")) {
                line = item;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.getText(1)).isEqualTo("训练批次");
        assertThat(line.getText(0)).as("the area as the navigator names it").isEqualTo("军事训练");
        assertThat(java.util.Arrays.stream(table.getItems()).filter(item -> item.getText(4).startsWith("mobilization.")).map(item -> item.getText(0)))
                .as("names from the areas' plug-ins, not a list in the view").isNotEmpty().containsOnly("民兵和动员工作");
        assertThat(line.getText(2)).isEqualTo(Long.toString(batches));
        assertThat(line.getText(3)).contains("报告年度内结训");

        table.setSelection(line);
        view.viewer().setSelection(view.viewer().getSelection());
        table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        settle();
        Shell records = java.util.Arrays.stream(table.getDisplay().getShells())
                .filter(shell -> shell.isVisible() && shell.getText().equals("指标“训练批次”计入的记录")).findFirst().orElseThrow();
        int rows = WorkbenchDriver.find(records, Table.class).getItemCount();
        records.close();
        settle();
        assertThat(rows).as("one row per batch counted").isEqualTo((int) batches);
    }
}
