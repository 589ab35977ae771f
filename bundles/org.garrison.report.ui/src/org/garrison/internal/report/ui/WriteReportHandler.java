package org.garrison.internal.report.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.ui.GarrisonUI;

/** Report > Write Annual Report (Ctrl+Shift+R): the wizard. */
public final class WriteReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (GarrisonUI.getStore() == null) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Wizard_title, Messages.Store_missing);
            return null;
        }
        WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event), new WriteReportWizard(GarrisonUI.getStore()));
        dialog.setPageSize(880, 600);
        dialog.open();
        return null;
    }
}
