package org.garrison.internal.study.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.internal.study.Due;
import org.garrison.internal.study.StudyDues;
import org.garrison.internal.study.StudyLedgers;
import org.garrison.internal.study.StudySettings;
import org.garrison.model.study.StudyLedger;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.reminders.Reminder;
import org.garrison.ui.reminders.ReminderProvider;

/**
 * The study area's 待办: regimes missed last week, make-up studies past due or due within three
 * days, reading plans behind from November on. A year of study is a few hundred records, so the
 * ledger is read whole and the rules of {@link StudyDues} decide.
 */
public class StudyReminders implements ReminderProvider {

    @Override
    public List<Reminder> reminders(StoreSession session, LocalDate today) throws StoreException {
        StudyLedger ledger = StudyLedgers.read(session);
        List<Reminder> reminders = new ArrayList<>();
        if (ledger == null) {
            return reminders;
        }
        for (Due due : StudyDues.of(ledger, today, StudySettings.makeUpDays(), StudyUi.locale())) {
            Reminder.of(session, due.record(), due.text(), due.due(), due.overdue()).ifPresent(reminders::add);
        }
        reminders.sort(java.util.Comparator.comparing(Reminder::due));
        return reminders;
    }
}
