package io.klien.testimonials;

/**
 * A firm's rules for asking: never the same contact twice within {@code cooldownDays}; never a client whose last
 * milestone rating is below {@code minimumRating} or who has an open support request; ask automatically after an
 * approved deliverable ({@code askOnApproval}) when the client's last rating reaches {@code minimumRating}; a link
 * for a contact without a portal account is valid for {@code linkValidDays}.
 */
public record AskRules(int cooldownDays, boolean askOnApproval, int minimumRating, int linkValidDays) {

    /** The rules of a firm that has not set its own. */
    public static final AskRules DEFAULTS = new AskRules(90, true, 4, 14);
}
