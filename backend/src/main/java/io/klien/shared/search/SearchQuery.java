package io.klien.shared.search;

import java.util.List;
import java.util.Locale;

/** A search as typed ({@code text}, trimmed and lower-cased, for ranking) and as indexed words (for matching). */
public record SearchQuery(String text, List<String> words) {

    public SearchQuery {
        text = text.strip().toLowerCase(Locale.ROOT);
        words = List.copyOf(words);
    }

    /** A LIKE pattern for "starts with the typed text" (escape character {@code \}). */
    public String startsWithPattern() {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
