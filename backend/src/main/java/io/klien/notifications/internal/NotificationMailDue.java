package io.klien.notifications.internal;

import java.util.UUID;

/** A recorded notification whose email goes out once the transaction that recorded it has committed. */
record NotificationMailDue(UUID tenantId, UUID notificationId, String to, String subject, String body) {
}
