package io.klien.identity;

/**
 * A person in the identity provider's directory; {@code needsPassword} until they have set one. {@code created} when
 * this very call created them (so the caller can undo it), {@code emailVerified} when the provider vouches that the
 * person controls the address.
 */
public record DirectoryUser(String id, String email, boolean needsPassword, boolean emailVerified, boolean created) {
}
