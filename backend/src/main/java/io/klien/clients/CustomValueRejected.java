package io.klien.clients;

import java.io.Serial;

import io.klien.shared.DomainException;

/** A client's value for one custom field was refused; the key lets a form point at the field. */
public class CustomValueRejected extends DomainException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String fieldKey;

    public CustomValueRejected(String fieldKey, String messageKey, Object... arguments) {
        super(fieldKey, messageKey, arguments);
        this.fieldKey = fieldKey;
    }

    public String fieldKey() {
        return fieldKey;
    }
}
