package io.klien.shared.search;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person typed into a search box, as the words the database indexes (its own {@code search_words} function
 * normalises both sides, so case and accents always agree).
 */
@Component
public class SearchWords {

    /** Fewer characters than this match too much to be useful. */
    public static final int MIN_LENGTH = 2;

    /** More words than this add little and cost a subquery each. */
    static final int MAX_WORDS = 4;

    private final JdbcClient jdbc;

    SearchWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The search; null when the text is too short to search (callers then apply no text filter). */
    public @Nullable SearchQuery of(@Nullable String typed) {
        if (typed == null || typed.strip().length() < MIN_LENGTH) {
            return null;
        }
        String text = typed.strip();
        List<String> words = jdbc.sql("select search_words(:text)").param("text", text)
                .query((rs, n) -> words(rs.getArray(1))).single();
        // The longest words narrow the most, so they lead; the order of search_words is unspecified anyway.
        return new SearchQuery(text,
                words.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).limit(MAX_WORDS).toList());
    }

    private static List<String> words(Array array) throws SQLException {
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
