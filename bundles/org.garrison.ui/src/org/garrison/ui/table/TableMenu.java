package org.garrison.ui.table;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommand;
import org.eclipse.nebula.widgets.nattable.copy.command.CopyDataToClipboardCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPartSite;
import org.garrison.internal.ui.Messages;
import org.garrison.spreadsheet.TableFormat;

/**
 * The context menu of a {@link RecordTable}: open, copy, choose columns, export to .xlsx or .csv
 * (a Job with progress; the status line says where the file went).
 */
public final class TableMenu {

    private TableMenu() {
    }

    public static MenuManager attach(RecordTable table, IWorkbenchPartSite site, String sheetName) {
        MenuManager menu = new MenuManager();
        menu.add(action(Messages.Table_open, table::openSelected));
        menu.add(action(Messages.Table_copy, () -> table.natTable().doCommand(new CopyDataToClipboardCommand(
                "\t", System.lineSeparator(), table.natTable().getConfigRegistry())))); //$NON-NLS-1$
        menu.add(new Separator());
        menu.add(action(Messages.Table_chooseColumns, () -> table.natTable().doCommand(new DisplayColumnChooserCommand(table.natTable()))));
        menu.add(new Separator());
        menu.add(action(Messages.Table_exportXlsx, () -> export(table, site, sheetName, TableFormat.XLSX)));
        menu.add(action(Messages.Table_exportCsv, () -> export(table, site, sheetName, TableFormat.CSV)));
        table.natTable().setMenu(menu.createContextMenu(table.natTable()));
        return menu;
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Asks where to write, then writes what the table shows in the background. */
    public static void export(RecordTable table, IWorkbenchPartSite site, String sheetName, TableFormat format) {
        FileDialog dialog = new FileDialog(site.getShell(), SWT.SAVE);
        dialog.setText(Messages.Table_exportTitle);
        dialog.setFilterExtensions(new String[] { "*." + format.extension() }); //$NON-NLS-1$
        dialog.setFileName(sheetName + "." + format.extension()); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        Job job = table.export(file, sheetName);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.OK && !site.getShell().isDisposed()) {
                    site.getShell().getDisplay().asyncExec(() -> {
                        if (site.getPart() instanceof org.eclipse.ui.IEditorPart editor) {
                            editor.getEditorSite().getActionBars().getStatusLineManager()
                                    .setMessage(NLS.bind(Messages.Table_exportDone, table.shownRows().size(), file));
                        } else if (site.getPart() instanceof org.eclipse.ui.IViewPart view) {
                            view.getViewSite().getActionBars().getStatusLineManager()
                                    .setMessage(NLS.bind(Messages.Table_exportDone, table.shownRows().size(), file));
                        }
                    });
                }
            }
        });
        job.schedule();
    }
}
