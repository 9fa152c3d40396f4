package io.klien.testimonials;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;

/**
 * Testimonials as clients give and keep them: given in the portal by a client user for their own client, or through
 * a single-use link; seen, edited (back to moderation) and withdrawn (at once, everywhere) by the client at any time.
 * A client user reaches only their own client's testimonials. {@link #publishedFor} is what may be shown.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface Testimonials {

    /** The longest testimonial text, in characters. */
    int TEXT_MAX = 2000;

    /** The current consent text in the language (English when Klien has none in it). */
    @OpenOnPurpose(reason = "The consent text is shown to whoever gives a testimonial, also through a link without sign-in")
    ConsentText consentText(String language);

    /** A signed-in client user gives a testimonial for their own client (answering their open portal ask, if any). */
    @FirmRoles(CLIENT)
    TestimonialView give(NewTestimonial testimonial, GivenFrom from);

    /** The ask behind a single-use link, while it can still be answered; refused for a used, expired or forged one. */
    @OpenOnPurpose(reason = "A contact without a portal account opens the single-use link; the token decides")
    TestimonialRequestView askOfLink(String token);

    /** A contact gives a testimonial through the single-use link; a used, expired or forged link saves nothing. */
    @OpenOnPurpose(reason = "A contact without a portal account gives through the single-use link; the token decides")
    TestimonialView giveByLink(String token, NewTestimonial testimonial, GivenFrom from);

    /** One testimonial. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    TestimonialView get(UUID testimonialId);

    /** A client's testimonials, newest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<TestimonialView> ofClient(UUID clientId);

    /** The client edits their testimonial (consent included): it goes back to moderation and off every page. */
    @FirmRoles(CLIENT)
    TestimonialView edit(UUID testimonialId, long expectedVersion, NewTestimonial changed, GivenFrom from);

    /** The client removes their testimonial's picture; like any change of theirs it goes back to moderation. */
    @FirmRoles(CLIENT)
    TestimonialView removePicture(UUID testimonialId, long expectedVersion);

    /** A testimonial's picture, for staff and its own client. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    Optional<TestimonialPicture> picture(UUID testimonialId);

    /**
     * The active firm's testimonial's picture where it may be shown in a place: published there with the client's
     * consent and named in full (a photo or logo would give away who gave it otherwise); else empty.
     */
    @OpenOnPurpose(reason = "A public page shows a picture only where the client consented and is named in full")
    Optional<TestimonialPicture> publishedPicture(UUID testimonialId, ConsentScope scope);

    /**
     * The ids of the active firm's testimonials that are published now (anywhere): how a node's cache of the public
     * pages learns within a second what another node took down.
     */
    @OpenOnPurpose(reason = "Ids of what the firm publishes anyway; lets each node's public-page cache stay right")
    java.util.Set<UUID> publishedIds();

    /** The client withdraws their testimonial: from now on it is shown nowhere. */
    @FirmRoles(CLIENT)
    TestimonialView withdraw(UUID testimonialId);

    /** The client accepts the edit staff suggested: the suggested text replaces theirs and it is approved. */
    @FirmRoles(CLIENT)
    TestimonialView acceptSuggestion(UUID testimonialId);

    /** The client declines the edit staff suggested: their own text goes back to moderation. */
    @FirmRoles(CLIENT)
    TestimonialView declineSuggestion(UUID testimonialId);

    /**
     * The active firm's testimonials that may be shown in a place: approved, published and not withdrawn, with
     * consent for the place, featured first; named as each client chose ("A client" in the reader's language when
     * anonymous).
     */
    @OpenOnPurpose(reason = "What a firm may show publicly; returns only what each client consented to")
    List<PublishedTestimonial> publishedFor(ConsentScope scope, Locale language);
}
