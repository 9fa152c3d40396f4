package io.klien.onboarding;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A scheduled kickoff meeting; {@code sequence} counts reschedules, as calendar invitations need. */
public record KickoffView(Instant startsAt, Instant endsAt, @Nullable String place, @Nullable String videoLink,
        List<String> attendees, @Nullable String organizerEmail, @Nullable String organizerName, int sequence) {
}
