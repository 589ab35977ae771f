package org.garrison.internal.mobilization.ui.rolls;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.store.StoreException;

/** Opens 写出名册 and says what it wrote. */
public class WriteRollsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        try {
            WriteRollsDialog dialog = new WriteRollsDialog(HandlerUtil.getActiveShell(event));
            if (dialog.open() == Window.OK) {
                MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Rolls_title, dialog.outcome());
            }
        } catch (StoreException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Rolls_failed, e.getMessage());
        }
        return null;
    }
}
