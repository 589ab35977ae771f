package org.garrison.internal.mobilization.ui.roster;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.ui.editor.RecordsEditorInput;

/** Opens the militia roster (or brings it forward). */
public class OpenRosterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(
                    new RecordsEditorInput(MobilizationPackage.Literals.MILITIA_MEMBER, Messages.Roster_sheetName), RosterEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
