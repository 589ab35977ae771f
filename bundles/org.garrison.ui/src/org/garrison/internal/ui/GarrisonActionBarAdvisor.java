package org.garrison.internal.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.garrison.ui.GarrisonUI;

/**
 * The main menus (File, Edit, Window, Help), the tool bar and the status line.
 * <p>
 * The actions are the workbench's standard ones, so Save, Undo and Redo run the standard commands
 * and their key bindings; only their labels are ours, because the platform's own labels exist in
 * English only on Maven Central. Area bundles add menus at {@link IWorkbenchActionConstants#MB_ADDITIONS}.
 */
public class GarrisonActionBarAdvisor extends ActionBarAdvisor {

    static final String STATUS_DATA_LOCATION = "org.garrison.ui.status.dataLocation"; //$NON-NLS-1$

    private IAction save;
    private IAction saveAll;
    private IAction revert;
    private IAction quit;
    private IAction undo;
    private IAction redo;
    private IAction cut;
    private IAction copy;
    private IAction paste;
    private IAction delete;
    private IAction selectAll;
    private IAction preferences;
    private IAction resetPerspective;
    private IAction about;
    private IWorkbenchWindow window;

    public GarrisonActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        this.window = window;
        save = make(ActionFactory.SAVE, Messages.Action_save);
        saveAll = make(ActionFactory.SAVE_ALL, Messages.Action_saveAll);
        revert = make(ActionFactory.REVERT, Messages.Action_revert);
        quit = make(ActionFactory.QUIT, Messages.Action_quit);
        undo = make(ActionFactory.UNDO, Messages.Action_undo);
        redo = make(ActionFactory.REDO, Messages.Action_redo);
        cut = make(ActionFactory.CUT, Messages.Action_cut);
        copy = make(ActionFactory.COPY, Messages.Action_copy);
        paste = make(ActionFactory.PASTE, Messages.Action_paste);
        delete = make(ActionFactory.DELETE, Messages.Action_delete);
        selectAll = make(ActionFactory.SELECT_ALL, Messages.Action_selectAll);
        preferences = make(ActionFactory.PREFERENCES, Messages.Action_preferences);
        resetPerspective = make(ActionFactory.RESET_PERSPECTIVE, Messages.Action_resetPerspective);
        about = make(ActionFactory.ABOUT, NLS.bind(Messages.Action_about, Messages.Window_title));
    }

    private IAction make(ActionFactory factory, String label) {
        IAction action = factory.create(window);
        action.setText(label);
        action.setToolTipText(LegacyActionTools.removeMnemonics(label));
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(save);
        file.add(saveAll);
        file.add(revert);
        file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

        MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(preferences);

        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        help.add(new Separator());
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        // Area bundles (study, training, mobilization, security, report) put their menus here.
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        toolBar.add(save);
        toolBar.add(new Separator());
        toolBar.add(undo);
        toolBar.add(redo);
        coolBar.add(new ToolBarContributionItem(toolBar, "org.garrison.ui.toolbar.main")); //$NON-NLS-1$
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        StatusLineContributionItem dataLocation = new StatusLineContributionItem(STATUS_DATA_LOCATION, 60);
        dataLocation.setText(NLS.bind(Messages.Status_dataLocation, GarrisonUI.storeLocation()));
        statusLine.add(dataLocation);
        StatusLineContributionItem overdue = new StatusLineContributionItem(STATUS_OVERDUE, 16);
        Runnable show = () -> {
            long count = org.garrison.internal.ui.reminders.Reminders.get().overdue();
            overdue.setText(count == 0 ? "" : NLS.bind(Messages.Reminders_statusOverdue, count)); //$NON-NLS-1$
        };
        org.garrison.internal.ui.reminders.Reminders.get().addListener(show);
        show.run();
        statusLine.add(overdue);
    }

    /** The status line's count of overdue reminders (待办). */
    public static final String STATUS_OVERDUE = GarrisonUI.PLUGIN_ID + ".status.overdue"; //$NON-NLS-1$
}
