package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * Custom fields tenant admins define for the firm's clients (label, type, required, order, archived), and the
 * values staff keep in them. Values are saved with the rest of the client record ({@link Clients#updateProfile}).
 */
@FirmRoles(TENANT_ADMIN)
public interface CustomFields {

    /** A firm's fields are listed and edited all at once, so there are at most this many. */
    int MAX_FIELDS = 100;

    /** Every field of the firm, archived ones too, in display order. */
    List<CustomFieldView> fields();

    /** Adds a field after the others; its key comes from the label and stays when the label changes. */
    CustomFieldView define(CustomFieldDefinition definition);

    /**
     * Saves an edit made on the given version (a stale one is refused). The type cannot change once a client has a
     * value in the field, and an option a client has chosen cannot be removed.
     */
    CustomFieldView change(UUID fieldId, long expectedVersion, CustomFieldDefinition definition);

    /** Puts the fields in the given order; every field of the firm, archived ones too, must be listed once. */
    List<CustomFieldView> reorder(List<UUID> fieldIds);

    /** Hides the field from client pages and forms; the values stay and come back with {@link #restore}. */
    CustomFieldView archive(UUID fieldId);

    CustomFieldView restore(UUID fieldId);

    /** The firm's active fields in order, each with the client's value (null when not filled in). */
    @FirmRoles({TENANT_ADMIN, STAFF})
    List<CustomValueView> values(UUID clientId);
}
