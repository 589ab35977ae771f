package org.garrison.internal.mobilization.ui.roster.imports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the roster import wizard. */
public class ImportRosterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new WizardDialog(HandlerUtil.getActiveShell(event), new ImportRosterWizard()).open();
        return null;
    }
}
