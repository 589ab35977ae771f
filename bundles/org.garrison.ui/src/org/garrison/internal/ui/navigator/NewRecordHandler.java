package org.garrison.internal.ui.navigator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** New (Ctrl+N) in the navigator: the selected kind's new-record wizard. */
public class NewRecordHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof NavigatorView navigator) {
            navigator.createRecord();
        }
        return null;
    }
}
