package org.garrison.internal.mobilization.ui.standardization;

import java.time.LocalDate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/** Shows the "达标清零" bulletin as of today. */
public class ShowBulletinHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        LocalDate today = LocalDate.now();
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            new BulletinDialog(HandlerUtil.getActiveShellChecked(event), StandardizationBulletin.compute(session, today, Messages.Bulletin_total), today)
                    .open();
        } catch (StoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
