package io.klien.notifications;

/** Whether the signed-in person gets an email for notifications of a kind (on unless they turned it off). */
public record EmailPreference(NotificationKind kind, boolean email) {
}
