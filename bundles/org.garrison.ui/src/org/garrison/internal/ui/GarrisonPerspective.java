package org.garrison.internal.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.garrison.ui.GarrisonUI;

/**
 * The main perspective: the navigator on the left, the records' editors in the middle, their problems below.
 */
public class GarrisonPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(GarrisonUI.NAVIGATOR_VIEW_ID, IPageLayout.LEFT, 0.25f, layout.getEditorArea());
        layout.getViewLayout(GarrisonUI.NAVIGATOR_VIEW_ID).setCloseable(false);
        layout.addShowViewShortcut(GarrisonUI.NAVIGATOR_VIEW_ID);
        // Problems and 待办 share the folder below the editors: both are lists that lead to a record.
        org.eclipse.ui.IFolderLayout bottom = layout.createFolder("org.garrison.ui.bottom", IPageLayout.BOTTOM, 0.72f, layout.getEditorArea()); //$NON-NLS-1$
        bottom.addView(GarrisonUI.PROBLEMS_VIEW_ID);
        bottom.addPlaceholder(org.garrison.internal.ui.reminders.RemindersView.ID);
        bottom.addPlaceholder(org.garrison.internal.ui.history.HistoryView.ID);
        layout.addShowViewShortcut(GarrisonUI.PROBLEMS_VIEW_ID);
        layout.addShowViewShortcut(org.garrison.internal.ui.reminders.RemindersView.ID);
        layout.addShowViewShortcut(org.garrison.internal.ui.history.HistoryView.ID);
    }
}
