package io.klien.testimonials;

import java.util.UUID;

/**
 * Where a contact answers an ask: the portal's testimonials page for a contact with a portal account, else the
 * single-use link page {@code testimonial/<firm id>/<token>} (the page opens the firm the path names; only that
 * firm's asks can match the token, by its hash, so a token under another firm's id finds nothing).
 */
public final class TestimonialLinks {

    /** The portal page where a client user answers their asks. */
    public static final String PORTAL_ROUTE = "portal/testimonials";
    /** The public page of a single-use link, followed by the firm's id and the token. */
    public static final String LINK_ROUTE = "testimonial";

    private TestimonialLinks() {
    }

    /** The path of a firm's single-use link (relative to the app's public address). */
    public static String linkPath(UUID firm, String token) {
        return LINK_ROUTE + "/" + firm + "/" + token;
    }
}
