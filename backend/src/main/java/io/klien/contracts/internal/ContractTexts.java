package io.klien.contracts.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts printed in contract PDFs ({@code contract-texts/contract*.properties}), in the firm's language. */
final class ContractTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    ContractTexts(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle("contract-texts/contract", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
        this.zone = zone;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** An instant in the firm's zone, with the zone named. */
    String firmTime(Instant at) {
        return TIME.format(at.atZone(zone)) + " " + zone.getId();
    }

    static String utc(Instant at) {
        return TIME.format(at.atOffset(ZoneOffset.UTC));
    }
}
