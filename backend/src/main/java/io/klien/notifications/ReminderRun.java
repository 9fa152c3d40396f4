package io.klien.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * System work across firms: runs work once per firm with that firm set explicitly (no person acts), and sends the
 * reminders every {@link ReminderSource} finds due. One firm's failure is logged and the others still run.
 */
public interface ReminderRun {

    /** The firms that are active now. */
    List<UUID> activeTenants();

    /**
     * Runs the work once per firm, each time as system work in that firm (transactions it starts act in that firm).
     * Returns the firms whose work failed; their failures are logged.
     */
    Set<UUID> forEachTenant(Collection<UUID> tenantIds, Consumer<UUID> work);

    /** Sends the reminders due now in every active firm. */
    ReminderRunSummary sendReminders();

    /** Sends the reminders due now in the given firms. */
    ReminderRunSummary sendReminders(Collection<UUID> tenantIds);
}
