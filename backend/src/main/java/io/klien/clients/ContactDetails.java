package io.klien.clients;

import org.jspecify.annotations.Nullable;

/** What staff enter about a contact person of a client. */
public record ContactDetails(String name, @Nullable String email, @Nullable String phone, @Nullable String roleTitle) {
}
