package io.klien.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarEventTests {

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "Rapat pembukaan — ".repeat(6) + "日本語のテキスト";

        String folded = CalendarEvent.fold(line);

        String[] parts = folded.split("\r\n");
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(parts[0].getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(List.of(parts).subList(1, parts.length)).allSatisfy(p -> assertThat(p).startsWith(" "));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(CalendarEvent.fold("SHORT:line")).isEqualTo("SHORT:line");
    }

    @Test
    void textValuesEscapeBackslashesSemicolonsCommasAndLineBreaks() {
        assertThat(CalendarEvent.text("a\\b;c,d\r\ne\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void theOrganizersNameIsQuotedWithoutQuotesOfItsOwn() {
        String ics = new CalendarEvent("u@klien", Instant.parse("2026-11-22T10:00:00Z"),
                Instant.parse("2026-12-01T02:00:00Z"), Instant.parse("2026-12-01T03:00:00Z"), "Kickoff", null, null,
                null, "lena@hartono.test", "Lena \"The Boss\" Hartono", List.of(), 0).toIcs();

        assertThat(ics).contains("\r\nORGANIZER;CN=\"Lena The Boss Hartono\":mailto:lena@hartono.test\r\n")
                .contains("\r\nDTSTAMP:20261122T100000Z\r\n").doesNotContain("LOCATION").doesNotContain("ATTENDEE");
    }
}
