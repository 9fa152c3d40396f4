package io.klien.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** What a person typed into a search box, ready for a trigram-indexed {@code lower(column) like pattern} query. */
public record SearchText(String text, String pattern) {

    /** Fewer characters than this match too much to be useful (and trigram indexes need three). */
    public static final int MIN_LENGTH = 2;

    /** The search text, or null when it is too short to search for. */
    public static @Nullable SearchText of(@Nullable String typed) {
        if (typed == null || typed.strip().length() < MIN_LENGTH) {
            return null;
        }
        String text = typed.strip().toLowerCase(Locale.ROOT);
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new SearchText(text, "%" + escaped + "%");
    }
}
