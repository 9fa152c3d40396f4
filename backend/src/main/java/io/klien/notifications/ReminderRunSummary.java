package io.klien.notifications;

/** What one reminder run did across the firms it visited. */
public record ReminderRunSummary(int tenants, int recorded, int alreadyRecorded, int failures) {
}
