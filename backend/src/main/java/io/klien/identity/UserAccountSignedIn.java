package io.klien.identity;

import java.time.Instant;
import java.util.UUID;

/** A person signed in; the first sign-in creates their account. */
public record UserAccountSignedIn(UUID userAccountId, String subject, Instant at, boolean firstSignIn) {
}
