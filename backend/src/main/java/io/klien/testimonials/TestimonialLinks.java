package io.klien.testimonials;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a contact answers an ask: the portal's testimonials page for a contact with a portal account, else the
 * single-use link page {@code testimonial/<token>}. A link token starts with its firm's id ({@code <firm>.<secret>}),
 * so the link page knows the firm to open it in; only the firm's own asks can match it (by the hash of the whole
 * token), so a token with another firm's id finds nothing.
 */
public final class TestimonialLinks {

    /** The portal page where a client user answers their asks. */
    public static final String PORTAL_ROUTE = "portal/testimonials";
    /** The public page of a single-use link, followed by the token. */
    public static final String LINK_ROUTE = "testimonial";

    private TestimonialLinks() {
    }

    /** The path of a single-use link (relative to the app's public address). */
    public static String linkPath(String token) {
        return LINK_ROUTE + "/" + token;
    }

    /** The firm a single-use link token belongs to; empty for a token that does not start with a firm's id. */
    public static Optional<UUID> firmOf(String token) {
        int dot = token.indexOf('.');
        if (dot != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(token.substring(0, dot)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
