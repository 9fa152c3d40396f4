package io.klien.shared;

import org.jspecify.annotations.Nullable;

/** Trims what a person typed and enforces presence and length, with the message keys of the calling module. */
public final class TextInput {

    private final String tooLongKey;

    /** @param tooLongKey the message key for "longer than {0} characters" */
    public TextInput(String tooLongKey) {
        this.tooLongKey = tooLongKey;
    }

    /** The trimmed text; refused with {@code missingKey} when blank, or the too-long key past {@code max}. */
    public String required(@Nullable String text, String missingKey, int max) {
        String clean = optional(text, max);
        if (clean == null) {
            throw new DomainException(missingKey);
        }
        return clean;
    }

    /** The trimmed text, or null when blank; refused with the too-long key past {@code max} characters. */
    public @Nullable String optional(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > max) {
            throw new DomainException(tooLongKey, max);
        }
        return clean;
    }
}
