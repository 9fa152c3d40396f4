package io.klien.notifications;

/** What became of a notification handed to {@link Notifications#notify(NewNotification)}. */
public enum NotificationOutcome {
    /** Stored for the recipient; mailed after commit unless they turned email off for its kind. */
    RECORDED,
    /** Its dedupe key was recorded for this recipient before: nothing stored, nothing mailed. */
    ALREADY_RECORDED,
    /** The recipient is not (or no longer) a member of the active firm: nothing stored, nothing mailed. */
    NOT_A_MEMBER
}
