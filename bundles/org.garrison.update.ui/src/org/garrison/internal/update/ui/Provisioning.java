package org.garrison.internal.update.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.garrison.update.Installation;
import org.garrison.update.UpdateException;

/**
 * What the two commands share: the running installation (or why there is none to change), p2's work with
 * a cancellable progress dialog, its refusal in a message, and the restart that makes a change take effect.
 */
final class Provisioning {

    @FunctionalInterface
    interface Work<T> {
        T run(IProgressMonitor monitor) throws UpdateException;
    }

    private Provisioning() {
    }

    /** The installation to change, or null after telling the user why this one cannot be changed. */
    static Installation changeable(Shell shell, String title) {
        Installation installation;
        try {
            installation = Installation.running();
        } catch (UpdateException e) {
            MessageDialog.openInformation(shell, title, e.getMessage());
            return null;
        }
        if (!installation.writable()) {
            MessageDialog.openInformation(shell, title, NLS.bind(Messages.Installation_readOnly, installation.folder()));
            return null;
        }
        return installation;
    }

    /** The work's result, or null when it was cancelled or refused (the refusal shown). */
    static <T> T run(Shell shell, Work<T> work) {
        try {
            return withProgress(shell, work);
        } catch (UpdateException e) {
            MessageDialog.openError(shell, Messages.Failed_title, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            return null;
        }
    }

    /** The work's result, run in a modal, cancellable progress dialog; a cancel is an InterruptedException. */
    static <T> T withProgress(Shell shell, Work<T> work) throws UpdateException, InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                try {
                    result.set(work.run(monitor));
                } catch (UpdateException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof UpdateException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        }
        return result.get();
    }

    /** Says what changed and restarts the workbench when the user agrees. */
    static void offerRestart(Shell shell, List<String> changes) {
        MessageDialog question = new MessageDialog(shell, Messages.Restart_title, null,
                NLS.bind(Messages.Restart_message, String.join("\n", changes)), MessageDialog.QUESTION, 0, //$NON-NLS-1$
                Messages.Restart_now, Messages.Restart_later);
        if (question.open() == 0) {
            PlatformUI.getWorkbench().restart();
        }
    }
}
