package io.klien.clients;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A contact person of a client; the primary contact is the one the firm addresses first. */
public record ContactView(UUID id, UUID clientId, String name, @Nullable String email, @Nullable String phone,
        @Nullable String roleTitle, boolean primary, long version) {
}
