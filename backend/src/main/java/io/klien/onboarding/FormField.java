package io.klien.onboarding;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of an intake form: a key unique in the form, the label shown, its type, whether it must be answered,
 * the options of a choice, and limits (maximum length for text, minimum and maximum for numbers and money).
 */
public record FormField(String key, String label, FieldType type, boolean required, List<String> options,
        @Nullable Integer maxLength, @Nullable BigDecimal min, @Nullable BigDecimal max) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static FormField of(String key, String label, FieldType type, boolean required) {
        return new FormField(key, label, type, required, List.of(), null, null, null);
    }

    public static FormField choice(String key, String label, FieldType type, boolean required, String... options) {
        return new FormField(key, label, type, required, List.of(options), null, null, null);
    }

    /** The same field with a minimum and a maximum (numbers and money). */
    public FormField withLimits(long minimum, long maximum) {
        return new FormField(key, label, type, required, options, maxLength, BigDecimal.valueOf(minimum),
                BigDecimal.valueOf(maximum));
    }

    /** The same field with a maximum length (text). */
    public FormField withMaxLength(int length) {
        return new FormField(key, label, type, required, options, length, min, max);
    }
}
