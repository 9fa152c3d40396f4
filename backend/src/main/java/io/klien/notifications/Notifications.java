package io.klien.notifications;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.klien.shared.permission.OpenOnPurpose;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Notifications for the members of the active firm: recorded for the app's bell and mailed (after commit) unless the
 * recipient turned email off for the kind. Each signed-in person reads and marks only their own.
 */
public interface Notifications {

    /**
     * Records a notification for a member of the active firm and, once the surrounding transaction commits, mails it
     * unless they turned email off for its kind. A dedupe key already recorded for the recipient records and mails
     * nothing; of concurrent callers with the same key, exactly one records it.
     */
    @OpenOnPurpose(reason = "Entry point for listeners, which notify on behalf of whoever acted, client users included")
    NotificationOutcome notify(NewNotification notification);

    /** How many unread notifications the signed-in person has in the active firm. */
    @OpenOnPurpose(reason = "Every signed-in person reads and manages only their own notifications")
    long unreadCount();

    /** A page of the signed-in person's notifications, newest first, their texts in the given language. */
    @OpenOnPurpose(reason = "Every signed-in person reads and manages only their own notifications")
    Slice<NotificationView> recent(Pageable pageable, Locale language);

    /** Marks one of the signed-in person's notifications read; someone else's cannot be found. */
    @OpenOnPurpose(reason = "Every signed-in person reads and manages only their own notifications")
    void markRead(UUID notificationId);

    /** Marks all of the signed-in person's notifications read; returns how many were unread. */
    @OpenOnPurpose(reason = "Every signed-in person reads and manages only their own notifications")
    int markAllRead();

    /** The signed-in person's email choice for every kind. */
    @OpenOnPurpose(reason = "Every signed-in person reads and manages only their own notifications")
    List<EmailPreference> preferences();

    /** Turns email on or off for one kind of the signed-in person's notifications. */
    @OpenOnPurpose(reason = "Every signed-in person reads and manages only their own notifications")
    EmailPreference setEmail(NotificationKind kind, boolean email);

    /** The kind's name for people, in the given language. */
    @OpenOnPurpose(reason = "A translated label; no data")
    String label(NotificationKind kind, Locale language);
}
