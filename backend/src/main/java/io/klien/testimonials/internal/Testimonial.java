package io.klien.testimonials.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.TextInput;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.GivenFrom;
import io.klien.testimonials.NewTestimonial;
import io.klien.testimonials.PictureKind;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.Testimonials;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A testimonial with its consent record. Text and names are plain text kept as typed (trimmed); pages escape them.
 * Submitted ones wait for staff; approving publishes; a staff edit waits for the client ({@code SUGGESTED_EDIT})
 * and is never used before they accept it; a client's edit sends it back to moderation; withdrawal is final.
 */
@Entity
@Table(name = "testimonial")
class Testimonial extends TenantOwnedEntity {

    static final int NAME_MAX = 120;
    static final int COMPANY_MAX = 160;
    static final int TAG_MAX = 80;
    static final int REASON_MAX = 1000;
    static final int USER_AGENT_MAX = 500;
    static final int IP_MAX = 45;

    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Column(name = "request_id", updatable = false)
    private @Nullable UUID requestId;
    @Column(name = "given_by", updatable = false)
    private @Nullable String givenBy;
    private int rating;
    private String body;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "display_title")
    private @Nullable String displayTitle;
    @Column(name = "display_company")
    private @Nullable String displayCompany;
    @Enumerated(EnumType.STRING)
    private Attribution attribution;
    @Column(name = "consent_website")
    private boolean consentWebsite;
    @Column(name = "consent_proposals")
    private boolean consentProposals;
    @Column(name = "consent_social_media")
    private boolean consentSocialMedia;
    @Column(name = "consent_version")
    private int consentVersion;
    @Column(name = "consent_language")
    private String consentLanguage;
    @Column(name = "consented_at")
    private Instant consentedAt;
    @Column(name = "consent_ip")
    private @Nullable String consentIp;
    @Column(name = "consent_user_agent")
    private @Nullable String consentUserAgent;
    @Enumerated(EnumType.STRING)
    private TestimonialState state;
    private boolean published;
    private boolean featured;
    @Column(name = "service_line")
    private @Nullable String serviceLine;
    private @Nullable String industry;
    @Column(name = "reject_reason")
    private @Nullable String rejectReason;
    @Column(name = "suggested_body")
    private @Nullable String suggestedBody;
    @Column(name = "suggested_by")
    private @Nullable String suggestedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "moderated_at")
    private @Nullable Instant moderatedAt;
    @Column(name = "moderated_by")
    private @Nullable String moderatedBy;
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "picture_kind")
    private @Nullable PictureKind pictureKind;

    protected Testimonial() {
        this.clientId = new UUID(0, 0);
        this.body = "";
        this.displayName = "";
        this.attribution = Attribution.NAME;
        this.consentLanguage = "en";
        this.consentedAt = Instant.EPOCH;
        this.state = TestimonialState.SUBMITTED;
        this.submittedAt = Instant.EPOCH;
    }

    /** A new testimonial; the consent version must already be checked as the current one shown. */
    static Testimonial give(UUID clientId, @Nullable UUID requestId, @Nullable String givenBy,
            NewTestimonial given, GivenFrom from, Instant now) {
        Testimonial t = new Testimonial();
        t.clientId = clientId;
        t.requestId = requestId;
        t.givenBy = givenBy;
        t.set(given, from, now);
        return t;
    }

    /** The client changes what they gave (consent included): it goes back to moderation and off every page. */
    void edit(NewTestimonial changed, GivenFrom from, Instant now) {
        requireNotWithdrawn();
        set(changed, from, now);
        resubmit();
    }

    /** Back to moderation and off every page, as after any change the client makes. */
    void resubmit() {
        requireNotWithdrawn();
        this.state = TestimonialState.SUBMITTED;
        this.published = false;
        this.featured = false;
        this.rejectReason = null;
        this.suggestedBody = null;
        this.suggestedBy = null;
    }

    /** Records what its picture shows (none when removed). */
    void pictured(@Nullable PictureKind kind) {
        this.pictureKind = kind;
    }

    @Nullable PictureKind pictureKind() {
        return pictureKind;
    }

    /** The client withdraws it; withdrawing again changes nothing. Returns whether it was withdrawn now. */
    boolean withdraw(Instant now) {
        if (state == TestimonialState.WITHDRAWN) {
            return false;
        }
        this.state = TestimonialState.WITHDRAWN;
        this.published = false;
        this.featured = false;
        this.suggestedBody = null;
        this.suggestedBy = null;
        this.withdrawnAt = now;
        return true;
    }

    void approve(String by, Instant now) {
        requireState(TestimonialState.SUBMITTED, "testimonials.moderation.not-submitted");
        this.state = TestimonialState.APPROVED;
        this.published = true;
        moderated(by, now);
    }

    void reject(@Nullable String reason, String by, Instant now) {
        requireState(TestimonialState.SUBMITTED, "testimonials.moderation.not-submitted");
        this.rejectReason = TextInput.forField("reason", "testimonials.too-long")
                .required(reason, "testimonials.moderation.reason-required", REASON_MAX);
        this.state = TestimonialState.REJECTED;
        moderated(by, now);
    }

    void suggestEdit(@Nullable String text, String by, Instant now) {
        if (state != TestimonialState.SUBMITTED && state != TestimonialState.SUGGESTED_EDIT) {
            throw new DomainException("testimonials.moderation.not-submitted");
        }
        this.suggestedBody = TextInput.forField("text", "testimonials.too-long")
                .required(text, "testimonials.text.required", Testimonials.TEXT_MAX);
        this.suggestedBy = by;
        this.state = TestimonialState.SUGGESTED_EDIT;
        moderated(by, now);
    }

    /** The client accepts the suggested text: it replaces theirs, approved (staff wrote it) and published. */
    void acceptSuggestion(Instant now) {
        requireState(TestimonialState.SUGGESTED_EDIT, "testimonials.suggestion.none");
        this.body = java.util.Objects.requireNonNull(suggestedBody);
        this.suggestedBody = null;
        this.state = TestimonialState.APPROVED;
        this.published = true;
        this.moderatedAt = now;
        this.moderatedBy = suggestedBy;
        this.suggestedBy = null;
    }

    /** The client keeps their own text: it goes back to moderation. */
    void declineSuggestion() {
        requireState(TestimonialState.SUGGESTED_EDIT, "testimonials.suggestion.none");
        this.suggestedBody = null;
        this.suggestedBy = null;
        this.state = TestimonialState.SUBMITTED;
    }

    void tag(@Nullable String serviceLine, @Nullable String industry) {
        requireNotWithdrawn();
        this.serviceLine = TextInput.forField("serviceLine", "testimonials.too-long").optional(serviceLine, TAG_MAX);
        this.industry = TextInput.forField("industry", "testimonials.too-long").optional(industry, TAG_MAX);
    }

    void publish(boolean publish, String by, Instant now) {
        if (publish) {
            requireState(TestimonialState.APPROVED, "testimonials.moderation.not-approved");
        }
        this.published = publish;
        this.featured = featured && publish;
        moderated(by, now);
    }

    void feature(boolean feature) {
        if (feature && !published) {
            throw new DomainException("testimonials.moderation.not-published");
        }
        this.featured = feature;
    }

    private void set(NewTestimonial given, GivenFrom from, Instant now) {
        if (given.rating() < 1 || given.rating() > 5) {
            throw DomainException.onField("rating", "testimonials.rating");
        }
        if (given.scopes().isEmpty()) {
            throw DomainException.onField("scopes", "testimonials.consent.scopes");
        }
        if (given.attribution() == null) {
            throw DomainException.onField("attribution", "testimonials.consent.attribution");
        }
        this.body = TextInput.forField("text", "testimonials.too-long")
                .required(given.text(), "testimonials.text.required", Testimonials.TEXT_MAX);
        this.displayName = TextInput.forField("displayName", "testimonials.too-long")
                .required(given.displayName(), "testimonials.name.required", NAME_MAX);
        this.displayTitle = TextInput.forField("displayTitle", "testimonials.too-long")
                .optional(given.displayTitle(), NAME_MAX);
        this.displayCompany = TextInput.forField("displayCompany", "testimonials.too-long")
                .optional(given.displayCompany(), COMPANY_MAX);
        this.rating = given.rating();
        this.attribution = given.attribution();
        this.consentWebsite = given.scopes().contains(ConsentScope.WEBSITE);
        this.consentProposals = given.scopes().contains(ConsentScope.PROPOSALS);
        this.consentSocialMedia = given.scopes().contains(ConsentScope.SOCIAL_MEDIA);
        this.consentVersion = given.consentVersion();
        this.consentLanguage = given.consentLanguage();
        this.consentedAt = now;
        this.consentIp = clip(from.ipAddress(), IP_MAX);
        this.consentUserAgent = clip(from.userAgent(), USER_AGENT_MAX);
        this.submittedAt = now;
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null ? null : value.length() <= max ? value : value.substring(0, max);
    }

    private void moderated(String by, Instant now) {
        this.moderatedBy = by;
        this.moderatedAt = now;
    }

    private void requireState(TestimonialState required, String refusal) {
        requireNotWithdrawn();
        if (state != required) {
            throw new DomainException(refusal);
        }
    }

    private void requireNotWithdrawn() {
        if (state == TestimonialState.WITHDRAWN) {
            throw new DomainException("testimonials.withdrawn");
        }
    }

    UUID clientId() {
        return clientId;
    }

    /** Whether it may be shown in the place now: approved, published, not withdrawn, with consent for the place. */
    boolean shownIn(ConsentScope place) {
        return state == TestimonialState.APPROVED && published && scopes().contains(place);
    }

    Set<ConsentScope> scopes() {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        if (consentWebsite) {
            scopes.add(ConsentScope.WEBSITE);
        }
        if (consentProposals) {
            scopes.add(ConsentScope.PROPOSALS);
        }
        if (consentSocialMedia) {
            scopes.add(ConsentScope.SOCIAL_MEDIA);
        }
        return scopes;
    }

    TestimonialView toView() {
        return new TestimonialView(id(), clientId, requestId, givenBy, rating, body, displayName, displayTitle,
                displayCompany, Set.copyOf(scopes()), attribution, consentVersion, consentLanguage, consentedAt,
                consentIp, consentUserAgent, state, published, featured, serviceLine, industry, rejectReason,
                suggestedBody, submittedAt, moderatedAt, withdrawnAt, version(), pictureKind);
    }
}
