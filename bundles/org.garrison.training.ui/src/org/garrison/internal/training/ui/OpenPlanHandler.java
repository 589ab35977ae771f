package org.garrison.internal.training.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPlan;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/** 军事训练 &gt; 年度训练计划: this year's plan, or the latest; says so when there is none yet. */
public class OpenPlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            TrainingLedger ledger = TrainingLedgers.read(session);
            int year = TrainingUi.today().getYear();
            TrainingPlan plan = ledger == null ? null : ledger.getPlans().stream().filter(each -> each.getYear() <= year)
                    .max(java.util.Comparator.comparingInt(TrainingPlan::getYear)).orElse(null);
            if (plan == null) {
                MessageDialog.openInformation(window.getShell(), Messages.Plan_title, NLS.bind(Messages.Plan_none, year));
                return null;
            }
            TrainingUi.open(window.getActivePage(), session, plan, plan.getTitle(), TrainingUi.PLAN_EDITOR);
        } catch (StoreException | PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
