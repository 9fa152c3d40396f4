package io.klien.testimonials;

import org.jspecify.annotations.Nullable;

/**
 * An ask just made, with its single-use link token for a contact without a portal account (null for a portal user).
 * Only the token's hash is stored: this is the one moment it can be read.
 */
public record IssuedAsk(TestimonialRequestView request, @Nullable String linkToken) {
}
