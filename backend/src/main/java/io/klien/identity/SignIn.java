package io.klien.identity;

import org.jspecify.annotations.Nullable;

/** What the identity provider told us about a person who just signed in. */
public record SignIn(String subject, @Nullable String email, String displayName) {
}
