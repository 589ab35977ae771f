package org.garrison.internal.study.ui.regime;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.study.StudyLedgers;
import org.garrison.internal.study.ui.Messages;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyRegime;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/** 学习制度日历: asks which regime (when there are several) and opens its calendar. */
public class OpenRegimeCalendarHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            StudyLedger ledger = StudyLedgers.read(session);
            if (!StudyUi.check(window.getShell(), ledger)) {
                return null;
            }
            if (ledger.getRegimes().isEmpty()) {
                MessageDialog.openInformation(window.getShell(), Messages.Study_title, Messages.Calendar_noRegimes);
                return null;
            }
            StudyRegime regime = ledger.getRegimes().get(0);
            if (ledger.getRegimes().size() > 1) {
                ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((StudyRegime) element).getName();
                    }
                });
                dialog.setTitle(Messages.Calendar_chooseTitle);
                dialog.setMessage(Messages.Calendar_chooseMessage);
                dialog.setElements(ledger.getRegimes().toArray());
                dialog.setMultipleSelection(false);
                if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
                    return null;
                }
                regime = (StudyRegime) dialog.getFirstResult();
            }
            StudyUi.open(window.getActivePage(), session, regime, regime.getName(), RegimeCalendarEditor.ID);
        } catch (StoreException | PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
