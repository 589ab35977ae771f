package org.garrison.internal.ui.about;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

/**
 * Opens Garrison's About dialog for the standard About command.
 */
public class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        BuildInfo info = BuildInfo.of(FrameworkUtil.getBundle(AboutHandler.class).getVersion());
        new AboutGarrisonDialog(HandlerUtil.getActiveShell(event), info).open();
        return null;
    }
}
