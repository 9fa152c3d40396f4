package io.klien.identity;

/** A person in the identity provider's directory; {@code needsPassword} until they have set one. */
public record DirectoryUser(String id, String email, boolean needsPassword) {
}
