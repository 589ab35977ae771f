package org.garrison.internal.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.garrison.internal.ui.firststart.FirstStart;
import org.garrison.ui.GarrisonUI;

/**
 * Gives the workbench window its title, size, menus, tool bar and status line.
 */
public class GarrisonWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    public GarrisonWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new GarrisonActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowMenuBar(true);
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.Window_title);
    }

    @Override
    public void postWindowOpen() {
        FirstStart.offer(getWindowConfigurer().getWindow().getShell(), GarrisonUI.getStore());
        org.garrison.internal.ui.reminders.Reminders.get().refreshNow();
        if (org.garrison.internal.ui.reminders.Reminders.get().overdue() > 0) {
            try {
                // Something is overdue: 待办 comes forward, without taking the focus from where the user starts.
                getWindowConfigurer().getWindow().getActivePage().showView(org.garrison.internal.ui.reminders.RemindersView.ID, null,
                        org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            } catch (org.eclipse.ui.PartInitException e) {
                org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
            }
        }
    }
}
