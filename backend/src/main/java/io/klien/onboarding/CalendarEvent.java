package io.klien.onboarding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as an RFC 5545 invitation (a VCALENDAR with one VEVENT, METHOD:REQUEST): times in UTC, text escaped,
 * lines folded at 75 octets, CRLF line ends. {@code sequence} grows with each reschedule.
 */
public record CalendarEvent(String uid, Instant stamp, Instant start, Instant end, String summary,
        @Nullable String description, @Nullable String location, @Nullable String url,
        @Nullable String organizerEmail, @Nullable String organizerName, List<String> attendees, int sequence) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    public CalendarEvent {
        attendees = List.copyOf(attendees);
    }

    /** The invitation as an .ics file's text. */
    public String toIcs() {
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Klien//Onboarding//EN",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + text(uid),
                "DTSTAMP:" + UTC.format(stamp), "DTSTART:" + UTC.format(start), "DTEND:" + UTC.format(end),
                "SEQUENCE:" + sequence, "SUMMARY:" + text(summary)));
        if (description != null) {
            lines.add("DESCRIPTION:" + text(description));
        }
        if (location != null) {
            lines.add("LOCATION:" + text(location));
        }
        if (url != null) {
            lines.add("URL:" + url.replaceAll("\\p{Cntrl}", ""));
        }
        if (organizerEmail != null) {
            lines.add("ORGANIZER" + commonName(organizerName) + ":mailto:" + organizerEmail);
        }
        for (String attendee : attendees) {
            lines.add("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + attendee);
        }
        lines.addAll(List.of("STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"));
        return lines.stream().map(CalendarEvent::fold).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as {@code \n}. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A CN parameter, quoted; quotes and control characters cannot appear in a parameter value and are dropped. */
    private static String commonName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return ";CN=\"" + name.replaceAll("[\"\\p{Cntrl}]", "").strip() + "\"";
    }

    /** Folds a content line after at most 75 octets of UTF-8, never inside a character; continuations start with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
