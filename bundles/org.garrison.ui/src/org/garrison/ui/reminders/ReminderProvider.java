package org.garrison.ui.reminders;

import java.time.LocalDate;
import java.util.List;

import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Contributed to {@code org.garrison.ui.reminders}: computes what is due in an area with store
 * queries (never by loading an area's records). Called in a background job with a session of its
 * own, after every commit and at start-up; {@code today} is the date to judge by.
 */
@FunctionalInterface
public interface ReminderProvider {

    List<Reminder> reminders(StoreSession session, LocalDate today) throws StoreException;
}
