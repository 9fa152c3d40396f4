package io.klien.testimonials;

/**
 * A firm's NPS schedule: when {@code enabled}, every contact of an active client with an email address is surveyed
 * at most once every {@code intervalDays}; a link for a contact without a portal account is valid for
 * {@code linkValidDays}.
 */
public record NpsSettings(boolean enabled, int intervalDays, int linkValidDays) {

    /** The schedule of a firm that has not set its own: off, every 90 days once on, links valid for 14 days. */
    public static final NpsSettings DEFAULTS = new NpsSettings(false, 90, 14);
}
