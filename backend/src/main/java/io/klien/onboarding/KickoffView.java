package io.klien.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a kickoff meeting step: the scheduled meeting, held somewhere (a place, a video link or both) with at
 * least one attendee; {@code sequence} counts reschedules, as calendar invitations need, and {@code scheduledAt}
 * says when it was last (re)scheduled.
 */
public record KickoffView(Instant startsAt, Instant endsAt, @Nullable String place, @Nullable String videoLink,
        List<String> attendees, @Nullable String organizerEmail, @Nullable String organizerName, int sequence,
        Instant scheduledAt) implements StepOutcome {

    public KickoffView {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        if (endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A meeting ends after it starts");
        }
        if (place == null && videoLink == null) {
            throw new IllegalArgumentException("A meeting has a place or a video link");
        }
        attendees = List.copyOf(attendees == null ? List.of() : attendees);
        if (attendees.isEmpty()) {
            throw new IllegalArgumentException("A meeting has attendees");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("A meeting's sequence counts up from 0");
        }
    }
}
