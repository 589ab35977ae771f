package org.garrison.mobilization.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.EditSelectionCommand;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.garrison.ui.table.RecordTable;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Driving the running workbench from a test: commands, waiting for the display, answering dialogs. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        settle();
    }

    static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what was posted: layout, dirty state, async updates
        }
    }

    /** Runs the display until the condition holds, for at most a minute (slow machines, large districts). */
    static void waitUntil(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the workbench did not get there within a minute");
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /**
     * Closes the next dialog titled {@code title} once it is open, and gives the texts of its labels:
     * what the user read in it. Call before the action that opens the modal dialog.
     */
    static List<String> answerDialog(String title) {
        List<String> read = new ArrayList<>();
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    collect(shell, read);
                    shell.close();
                    return;
                }
            }
            display.timerExec(100, poll[0]);
        };
        display.timerExec(100, poll[0]);
        return read;
    }

    private static void collect(org.eclipse.swt.widgets.Composite parent, List<String> into) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                into.add(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collect(composite, into);
            }
        }
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
