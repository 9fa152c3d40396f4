package io.klien.clients.internal;

import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A client's value in one custom field, in the field's stored form. */
@Entity
@Table(name = "client_custom_value")
class ClientCustomValue extends TenantOwnedEntity {

    @Column(name = "client_id")
    private UUID clientId;
    @Column(name = "field_id", updatable = false)
    private UUID fieldId;
    @Column(name = "value_text")
    private String text;

    protected ClientCustomValue() {
        this.clientId = new UUID(0, 0);
        this.fieldId = new UUID(0, 0);
        this.text = "";
    }

    public static ClientCustomValue of(UUID clientId, UUID fieldId, String text) {
        ClientCustomValue v = new ClientCustomValue();
        v.clientId = clientId;
        v.fieldId = fieldId;
        v.text = text;
        return v;
    }

    public void change(String newText) {
        this.text = newText;
    }

    public UUID fieldId() {
        return fieldId;
    }

    public String text() {
        return text;
    }
}
