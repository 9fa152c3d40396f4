package io.klien.shared;

import org.jspecify.annotations.Nullable;

/** Trims what a person typed and enforces presence and length, with the message keys of the calling module. */
public final class TextInput {

    private final String tooLongKey;
    private final @Nullable String field;

    /** @param tooLongKey the message key for "longer than {0} characters" */
    public TextInput(String tooLongKey) {
        this(null, tooLongKey);
    }

    private TextInput(@Nullable String field, String tooLongKey) {
        this.tooLongKey = tooLongKey;
        this.field = field;
    }

    /** A text input whose refusals name the command's property {@code field} (see {@link DomainException#field()}). */
    public static TextInput forField(String field, String tooLongKey) {
        return new TextInput(field, tooLongKey);
    }

    /** The trimmed text; refused with {@code missingKey} when blank, or the too-long key past {@code max}. */
    public String required(@Nullable String text, String missingKey, int max) {
        String clean = optional(text, max);
        if (clean == null) {
            throw refusal(missingKey);
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
            throw refusal(tooLongKey, max);
        }
        return clean;
    }

    private DomainException refusal(String messageKey, Object... arguments) {
        return field == null ? new DomainException(messageKey, arguments)
                : DomainException.onField(field, messageKey, arguments);
    }
}
