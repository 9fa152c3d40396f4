package io.klien.clients;

import java.util.List;
import java.util.UUID;

/**
 * A custom field of the firm's clients: {@code key} is generated from the first label and never changes,
 * {@code clientsWithValue} says how many clients filled it in (the type is fixed once that is above zero).
 */
public record CustomFieldView(UUID id, String key, String label, CustomFieldType type, boolean required,
        List<String> options, int position, boolean archived, long clientsWithValue, long version) {

    public boolean typeLocked() {
        return clientsWithValue > 0;
    }
}
