package org.garrison.ui.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.garrison.ui.reminders.Reminder;
import org.garrison.ui.reminders.ReminderProvider;

/** The test contributor of reminders: a person named 待办测试… with no phone number is three days overdue. */
public class MissingPhoneReminders implements ReminderProvider {

    @Override
    public List<Reminder> reminders(StoreSession session, LocalDate today) throws StoreException {
        List<Reminder> due = new ArrayList<>();
        List<Person> persons = session.list(Query.of(CorePackage.Literals.PERSON)
                .where(Condition.compare(CorePackage.Literals.PERSON__NAME, Condition.Operator.LIKE, "待办测试%"))
                .where(Condition.isNull(CorePackage.Literals.PERSON__PHONE)));
        for (Person person : persons) {
            due.add(new Reminder(session.idOf(person).getAsLong(), CorePackage.Literals.PERSON, "补填联系电话：" + person.getName(),
                    today.minusDays(3), Reminder.Severity.OVERDUE));
        }
        return due;
    }
}
