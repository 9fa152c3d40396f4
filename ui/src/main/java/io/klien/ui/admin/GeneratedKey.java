package io.klien.ui.admin;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * A key that names a step or a form field inside its template, made from what the admin typed as its title: lower-case
 * letters and digits joined by dashes, at most 40 characters, not one of the keys already taken.
 */
final class GeneratedKey {

    static final int MAX_LENGTH = 40;

    private GeneratedKey() {
    }

    static String from(String text, String fallback, Collection<String> taken) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = shortened(plain.isEmpty() ? fallback : plain, MAX_LENGTH);
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            String suffix = "-" + n;
            key = shortened(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return key;
    }

    private static String shortened(String key, int length) {
        return key.length() <= length ? key : key.substring(0, length).replaceAll("-+$", "");
    }
}
