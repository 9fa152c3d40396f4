package io.klien.shared.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Where a firm lives: the zone its days start in and the language it speaks by default. */
public record FirmLocality(ZoneId zone, Locale locale) {

    /** For work outside any firm (platform pages, before a firm is chosen): UTC and English. */
    public static final FirmLocality NONE = new FirmLocality(ZoneOffset.UTC, Locale.ENGLISH);

    /** Reads the firm's settings as stored; a zone Java does not know falls back to UTC, a blank language to English. */
    public static FirmLocality of(@Nullable String zoneId, @Nullable String languageTag) {
        ZoneId zone;
        try {
            zone = zoneId == null || zoneId.isBlank() ? ZoneOffset.UTC : ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        Locale locale = languageTag == null || languageTag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
        return new FirmLocality(zone, locale);
    }
}
