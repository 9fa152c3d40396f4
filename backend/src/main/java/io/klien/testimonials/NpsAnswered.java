package io.klien.testimonials;

import java.util.UUID;

/** A client contact answered an NPS survey. */
public record NpsAnswered(UUID tenantId, UUID surveyId, UUID clientId, int score) {

    public NpsCategory category() {
        return NpsCategory.of(score);
    }
}
