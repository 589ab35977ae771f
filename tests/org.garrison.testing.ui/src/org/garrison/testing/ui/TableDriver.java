package org.garrison.testing.ui;

import static org.garrison.testing.ui.WorkbenchDriver.settle;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.EditSelectionCommand;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.widgets.Text;
import org.garrison.ui.table.RecordTable;

/** Driving a {@link RecordTable} from a test as a person types into it. */
public final class TableDriver {

    private TableDriver() {
    }

    /** Selects the cell (the table scrolls to it) and edits it as typing into it does: in its cell editor, committed with Enter. */
    public static void typeIntoCell(RecordTable table, int row, int column, String text) {
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
}
