package org.garrison.internal.training.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** 军事训练 &gt; 新建训练批次…: the new-batch wizard, which opens the batch editor on Finish. */
public class NewBatchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        open(HandlerUtil.getActiveWorkbenchWindowChecked(event));
        return null;
    }

    /** The new-batch wizard in the window (also the schedule's button). */
    static void open(IWorkbenchWindow window) {
        NewBatchWizard wizard = new NewBatchWizard();
        wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(window.getShell(), wizard).open();
    }
}
