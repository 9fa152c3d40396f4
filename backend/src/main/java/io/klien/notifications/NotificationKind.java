package io.klien.notifications;

/**
 * What a notification is about; each person turns email on or off per kind. Stored by name, so new kinds may be
 * added (with a label and a default message in the notification texts) without a migration.
 */
public enum NotificationKind {
    INVITATION,
    STEP_ASSIGNED,
    STEP_COMPLETED,
    COMMENT,
    DUE_TOMORROW,
    OVERDUE,
    ONBOARDING_COMPLETED,
    CONTRACT_RENEWAL_DUE,
    QUOTA_THRESHOLD,
    NPS_DETRACTOR;

    /** The kind's general message in the notification texts; its arguments are listed there. */
    public String messageKey() {
        return "notifications.message." + name();
    }

    /** The kind's name for people, in the notification texts. */
    public String labelKey() {
        return "notifications.kind." + name();
    }
}
