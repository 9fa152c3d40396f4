package io.klien.clients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomValueRejected;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A field tenant admins add to every client of the firm; it knows which values it can hold. */
@Entity
@Table(name = "client_custom_field")
class ClientCustomField extends TenantOwnedEntity {

    public static final int TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;
    private static final int NUMBER_INTEGER_DIGITS = 20;
    private static final int NUMBER_FRACTION_DIGITS = 10;

    @Column(name = "field_key", updatable = false)
    private String key;
    private String label;
    @Enumerated(EnumType.STRING)
    private CustomFieldType type;
    private boolean required;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> options;
    private int position;
    private boolean archived;

    protected ClientCustomField() {
        this.key = "";
        this.label = "";
        this.type = CustomFieldType.TEXT;
        this.options = new ArrayList<>();
    }

    /** A new active field; label and options were already checked by the service. */
    public static ClientCustomField define(String key, String label, CustomFieldType type, boolean required,
            List<String> options, int position) {
        ClientCustomField f = new ClientCustomField();
        f.key = key;
        f.position = position;
        f.change(label, type, required, options);
        return f;
    }

    public void change(String newLabel, CustomFieldType newType, boolean isRequired, List<String> newOptions) {
        this.label = newLabel;
        this.type = newType;
        this.required = isRequired;
        this.options = newType == CustomFieldType.SINGLE_CHOICE ? new ArrayList<>(newOptions) : new ArrayList<>();
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }

    /** The value in its stored form, or null for an empty one; a value this field cannot hold is refused. */
    public @Nullable String storedFormOf(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        return switch (type) {
            case TEXT -> limited(text, TEXT_MAX);
            case LONG_TEXT -> limited(text, LONG_TEXT_MAX);
            case NUMBER -> number(text);
            case DATE -> date(text);
            case YES_NO -> yesNo(text);
            case SINGLE_CHOICE -> options.stream().filter(o -> o.equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> rejected("clients.custom-value.option.unknown", label, text));
        };
    }

    private String limited(String text, int max) {
        if (text.length() > max) {
            throw rejected("clients.custom-value.too-long", label, max);
        }
        return text;
    }

    private String number(String text) {
        BigDecimal number;
        try {
            number = text.length() > 40 ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null || number.scale() > NUMBER_FRACTION_DIGITS
                || number.precision() - number.scale() > NUMBER_INTEGER_DIGITS) {
            throw rejected("clients.custom-value.not-a-number", label, text);
        }
        return number.toPlainString();
    }

    private String date(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw rejected("clients.custom-value.not-a-date", label, text);
        }
    }

    private String yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> "true";
            case "false", "no" -> "false";
            default -> throw rejected("clients.custom-value.not-yes-no", label, text);
        };
    }

    /** Refuses a missing value when the field is required. */
    public void checkPresent(@Nullable String storedValue) {
        if (required && !archived && storedValue == null) {
            throw rejected("clients.custom-value.required", label);
        }
    }

    private CustomValueRejected rejected(String messageKey, Object... arguments) {
        return new CustomValueRejected(key, messageKey, arguments);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public CustomFieldType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public List<String> options() {
        return List.copyOf(options);
    }

    public int position() {
        return position;
    }

    public boolean archived() {
        return archived;
    }

    public CustomFieldView toView(long clientsWithValue) {
        return new CustomFieldView(id(), key, label, type, required, List.copyOf(options), position, archived,
                clientsWithValue, version());
    }
}
