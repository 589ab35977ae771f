package org.garrison.internal.update.ui;

import java.net.URI;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.update.FeatureChange;
import org.garrison.update.Installation;
import org.garrison.update.UpdateSites;

/** 帮助 > 检查更新: newer versions on the preset update sites, chosen in {@link UpdatesDialog}, installed, then a restart. */
public final class CheckForUpdatesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Installation installation = Provisioning.changeable(shell, Messages.Check_title);
        if (installation == null) {
            return null;
        }
        List<URI> sites = UpdateSites.preset();
        if (sites.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Check_title, Messages.Sites_none);
            return null;
        }
        List<FeatureChange> updates = Provisioning.run(shell, monitor -> installation.updates(sites, monitor));
        if (updates == null) {
            return null;
        }
        if (updates.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Check_title, NLS.bind(Messages.Check_upToDate, sites));
            return null;
        }
        UpdatesDialog dialog = new UpdatesDialog(shell, updates);
        if (dialog.open() != Window.OK || dialog.chosen().isEmpty()) {
            return null;
        }
        List<String> ids = dialog.chosen().stream().map(change -> change.before().id()).toList();
        List<FeatureChange> done = Provisioning.run(shell, monitor -> installation.update(sites, ids, monitor));
        if (done != null) {
            Provisioning.offerRestart(shell, done.stream()
                    .map(change -> change.after().name() + ' ' + change.before().version() + " \u2192 " + change.after().version()).toList()); //$NON-NLS-1$
        }
        return null;
    }
}
