package io.klien.testimonials;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An NPS survey sent to a client contact (in the portal or by link) and, once answered, its score and comment. */
public record NpsSurveyView(UUID id, UUID clientId, UUID contactId, String contactName, boolean portal,
        Instant sentAt, Instant expiresAt, @Nullable Instant answeredAt, @Nullable Integer score,
        @Nullable String comment) {

    public boolean answered() {
        return answeredAt != null;
    }
}
