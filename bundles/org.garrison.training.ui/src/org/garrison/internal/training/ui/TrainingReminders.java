package org.garrison.internal.training.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.internal.training.TrainingDues;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.internal.training.TrainingSettings;
import org.garrison.model.training.TrainingLedger;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.reminders.Reminder;
import org.garrison.ui.reminders.ReminderProvider;

/**
 * The training area's 待办: batches starting within a week without trainees, assessments missing after a
 * batch ended, certificates expiring within 60 days, and from October the core militia untrained.
 */
public class TrainingReminders implements ReminderProvider {

    @Override
    public List<Reminder> reminders(StoreSession session, LocalDate today) throws StoreException {
        TrainingLedger ledger = TrainingLedgers.read(session);
        List<Reminder> reminders = new ArrayList<>();
        if (ledger == null) {
            return reminders;
        }
        for (TrainingDues.Due due : TrainingDues.of(ledger, session, today, TrainingSettings.validityYears())) {
            Reminder.of(session, due.record(), due.text(), due.due(), due.overdue(today)).ifPresent(reminders::add);
        }
        return reminders;
    }
}
