package io.klien.shared;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The checks every email address and phone number entered for a person passes. */
public final class ContactFormat {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE_CHARS = Pattern.compile("^\\+?[0-9 ()./-]+$");

    private ContactFormat() {
    }

    /** The address in lower case, or null when blank; refused with the message key when malformed. */
    public static @Nullable String email(@Nullable String raw, String messageKey) {
        return email(raw, messageKey, null);
    }

    /** As {@link #email(String, String)}, the refusal naming the command's property {@code field}. */
    public static @Nullable String email(@Nullable String raw, String messageKey, @Nullable String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw refusal(field, messageKey, raw.strip());
        }
        return email;
    }

    /** The number as entered (trimmed), or null when blank; digits, spaces, + ( ) - . / and 6 to 15 digits. */
    public static @Nullable String phone(@Nullable String raw, String messageKey) {
        return phone(raw, messageKey, null);
    }

    /** As {@link #phone(String, String)}, the refusal naming the command's property {@code field}. */
    public static @Nullable String phone(@Nullable String raw, String messageKey, @Nullable String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String phone = raw.strip();
        long digits = phone.chars().filter(Character::isDigit).count();
        if (phone.length() > 40 || !PHONE_CHARS.matcher(phone).matches() || digits < 6 || digits > 15) {
            throw refusal(field, messageKey, phone);
        }
        return phone;
    }

    private static DomainException refusal(@Nullable String field, String messageKey, String value) {
        return field == null ? new DomainException(messageKey, value) : DomainException.onField(field, messageKey, value);
    }
}
