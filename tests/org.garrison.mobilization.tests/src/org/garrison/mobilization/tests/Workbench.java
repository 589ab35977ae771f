package org.garrison.mobilization.tests;

import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.EditSelectionCommand;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.widgets.Text;
import org.garrison.ui.table.RecordTable;

/** Driving the mobilization editors from a test: cells of the roster's table, the roster opened and loaded. */
final class Workbench {

    private Workbench() {
    }

    /** Selects the cell (the table scrolls to it) and edits it as typing into it does: in its cell editor, committed with Enter. */
    static void typeIntoCell(RecordTable table, int row, int column, String text) {
        NatTable nat = table.natTable();
        table.selectionLayer().doCommand(new SelectCellCommand(table.selectionLayer(), column, row, false, false));
        settle();
        nat.doCommand(new EditSelectionCommand(nat, nat.getConfigRegistry()));
        // no settle here: without a window manager the editor may lose focus, and it closes then
        if (nat.getActiveCellEditor() == null) {
            throw new AssertionError("the cell at row " + row + ", column " + column + " opens no editor");
        }
        ((Text) nat.getActiveCellEditor().getEditorControl()).setText(text);
        nat.getActiveCellEditor().commit(MoveDirectionEnum.NONE);
        settle();
    }

    /** Opens the roster by its command and waits until it shows every stored member. */
    static org.garrison.internal.mobilization.roster.RosterEditor openRoster() throws Exception {
        command("org.garrison.mobilization.openRoster");
        var roster = (org.garrison.internal.mobilization.roster.RosterEditor) page().getActiveEditor();
        roster.joinLoading(new org.eclipse.core.runtime.NullProgressMonitor());
        long stored = CompactDistrict.members();
        waitUntil(() -> roster.members().size() == stored);
        settle();
        return roster;
    }
}
