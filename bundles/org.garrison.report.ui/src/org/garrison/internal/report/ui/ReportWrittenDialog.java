package org.garrison.internal.report.ui;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.garrison.report.ReportResult;

/** Says where the report was written (and which fonts stood in), and opens the document or its folder. */
final class ReportWrittenDialog extends MessageDialog {

    private static final int OPEN = 0;
    private static final int OPEN_FOLDER = 1;

    private final ReportResult result;

    ReportWrittenDialog(Shell parent, int year, ReportResult result) {
        super(parent, Messages.Done_title, null, NLS.bind(Messages.Done_message, new Object[] { year, WriteReportJob.fileList(result.files()),
                result.values().size(), result.printedFigures().size(), result.notes().isEmpty() ? "" : "\n\n" + String.join("\n", result.notes()) }), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                INFORMATION, 0, Messages.Done_open, Messages.Done_openFolder, Messages.Done_close);
        this.result = result;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        Path document = result.files().get(0).toAbsolutePath();
        Path target = buttonId == OPEN ? document : buttonId == OPEN_FOLDER ? document.getParent() : null;
        if (target != null && !Program.launch(target.toString())) {
            MessageDialog.openInformation(getShell(), Messages.Done_title, NLS.bind(Messages.Done_cannotOpen, target.getFileName(), target.getParent()));
        }
        super.buttonPressed(buttonId);
    }
}
