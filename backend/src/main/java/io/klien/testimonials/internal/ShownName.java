package io.klien.testimonials.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import io.klien.testimonials.Attribution;

/**
 * The name a published testimonial shows, as its author chose: the full name, its initials ("Budi Santoso" becomes
 * "B. S."), or "A client" in the reader's language ({@code testimonial-texts/testimonials*.properties}).
 */
final class ShownName {

    private ShownName() {
    }

    static String of(String displayName, Attribution attribution, Locale language) {
        return switch (attribution) {
            case NAME -> displayName;
            case INITIALS -> initials(displayName);
            case ANONYMOUS -> ResourceBundle.getBundle("testimonial-texts/testimonials", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("anonymous");
        };
    }

    static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(part -> !part.isEmpty())
                .map(part -> part.codePoints().limit(1)
                        .mapToObj(cp -> new String(Character.toChars(cp)).toUpperCase(Locale.ROOT))
                        .collect(Collectors.joining()) + ".")
                .collect(Collectors.joining(" "));
    }
}
