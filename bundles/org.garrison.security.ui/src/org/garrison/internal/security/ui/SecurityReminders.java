package org.garrison.internal.security.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.internal.security.SecurityDues;
import org.garrison.internal.security.SecurityLedgers;
import org.garrison.internal.security.SecuritySettings;
import org.garrison.model.security.SecurityLedger;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.reminders.Reminder;
import org.garrison.ui.reminders.ReminderProvider;

/**
 * The security area's 待办: maintenance due this week and overdue, hazards past their deadline, in a
 * quarter's last month the activities not held yet, vehicles' inspection and insurance, linked units.
 */
public class SecurityReminders implements ReminderProvider {

    @Override
    public List<Reminder> reminders(StoreSession session, LocalDate today) throws StoreException {
        SecurityLedger ledger = SecurityLedgers.read(session);
        List<Reminder> reminders = new ArrayList<>();
        if (ledger == null) {
            return reminders;
        }
        for (SecurityDues.Due due : SecurityDues.of(ledger, session, today, SecuritySettings.noticeDays(), SecurityUi.locale())) {
            Reminder.of(session, due.record(), due.text(), due.due(), due.overdue(today)).ifPresent(reminders::add);
        }
        return reminders;
    }
}
