package org.garrison.internal.ui.about;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens Garrison's About dialog for the standard About command.
 */
public class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new AboutGarrisonDialog(HandlerUtil.getActiveShell(event), BuildInfo.running()).open();
        return null;
    }
}
