package io.klien.notifications;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Contributed by a module (as a Spring bean) that has something to remind people of, such as steps due tomorrow or
 * overdue. Called by {@link ReminderRun} once per firm, with that firm active, inside a read-only transaction.
 */
public interface ReminderSource {

    /**
     * The reminders due in the active firm at {@code firmNow} (the firm's own time zone). Each needs a dedupe key
     * that names the thing and the day, such as {@code "reminder:<stepId>:<date>"}: a key is recorded and mailed at
     * most once per recipient, however often the run asks.
     */
    List<NewNotification> remindersDue(ZonedDateTime firmNow);
}
