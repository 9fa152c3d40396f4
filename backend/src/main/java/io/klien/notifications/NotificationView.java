package io.klien.notifications;

import java.time.Instant;
import java.util.UUID;

/** One notification of the signed-in person, its text in the language asked for. */
public record NotificationView(UUID id, NotificationKind kind, String text, String link, Instant createdAt,
        boolean read) {
}
