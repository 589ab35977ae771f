package org.garrison.internal.mobilization.ui.standardization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.StandardizationItem;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.garrison.ui.reminders.Reminder;
import org.garrison.ui.reminders.ReminderProvider;

/**
 * 达标清零: every standardization item not met whose deadline has passed is overdue; one due within
 * the next 30 days is due soon. One store query; the items are small records.
 */
public final class StandardizationReminders implements ReminderProvider {

    static final int SOON_DAYS = 30;

    @Override
    public List<Reminder> reminders(StoreSession session, LocalDate today) throws StoreException {
        MobilizationPackage m = MobilizationPackage.eINSTANCE;
        List<StandardizationItem> items = session.list(Query.of(m.getStandardizationItem())
                .where(Condition.compare(m.getStandardizationItem_Status(), Condition.Operator.NOT_EQUALS, ItemStatus.MET))
                .where(Condition.compare(m.getStandardizationItem_Deadline(), Condition.Operator.LESS_OR_EQUAL, today.plusDays(SOON_DAYS)))
                .orderBy(m.getStandardizationItem_Deadline(), true));
        List<Reminder> due = new ArrayList<>();
        for (StandardizationItem item : items) {
            String town = item.getOrgUnit() == null ? "" : item.getOrgUnit().getName(); //$NON-NLS-1$
            due.add(new Reminder(session.idOf(item).getAsLong(), m.getStandardizationItem(),
                    NLS.bind(Messages.Reminders_standardization, town, item.getTitle()), item.getDeadline(),
                    item.getDeadline().isBefore(today) ? Reminder.Severity.OVERDUE : Reminder.Severity.SOON));
        }
        return due;
    }
}
