package io.klien.onboarding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A kickoff meeting as staff schedule it, in the firm's time zone: a place or a video link (or both) and the
 * attendees' email addresses.
 */
public record KickoffMeeting(LocalDate date, LocalTime startTime, int durationMinutes, @Nullable String place,
        @Nullable String videoLink, List<String> attendees) {

    public KickoffMeeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
