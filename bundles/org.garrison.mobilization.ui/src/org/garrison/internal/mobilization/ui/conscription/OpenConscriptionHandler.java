package org.garrison.internal.mobilization.ui.conscription;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;

/** Opens the dashboard of the latest conscription campaign. */
public class OpenConscriptionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            List<ConscriptionCampaign> latest = session.list(Query.of(MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN)
                    .orderBy(org.garrison.store.query.FeaturePath.of(MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__YEAR), false).page(0, 1));
            if (latest.isEmpty()) {
                MessageDialog.openInformation(window.getShell(), Messages.Dashboard_quota, Messages.Dashboard_noCampaign);
                return null;
            }
            ConscriptionCampaign campaign = latest.get(0);
            window.getActivePage().openEditor(new RecordEditorInput(session.idOf(campaign).getAsLong(), campaign.eClass(),
                    NLS.bind(Messages.Dashboard_title, campaign.getYear())), ConscriptionDashboard.ID);
        } catch (StoreException | PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
