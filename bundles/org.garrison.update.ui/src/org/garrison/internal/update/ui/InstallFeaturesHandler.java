package org.garrison.internal.update.ui;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.update.Feature;
import org.garrison.update.FeatureChange;
import org.garrison.update.Installation;
import org.garrison.update.UpdateSites;

/** 帮助 > 安装新功能: features an update site offers, chosen in {@link InstallFeaturesDialog}, installed, then a restart. */
public final class InstallFeaturesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Installation installation = Provisioning.changeable(shell, Messages.Install_title);
        if (installation == null) {
            return null;
        }
        InstallFeaturesDialog dialog = new InstallFeaturesDialog(shell, UpdateSites.preset(), installation::installable);
        if (dialog.open() != Window.OK || dialog.chosen().isEmpty()) {
            return null;
        }
        List<String> ids = dialog.chosen().stream().map(Feature::id).toList();
        List<FeatureChange> done = Provisioning.run(shell, monitor -> installation.install(dialog.sites(), ids, monitor));
        if (done != null) {
            Provisioning.offerRestart(shell, done.stream().map(change -> change.after().toString()).toList());
        }
        return null;
    }
}
