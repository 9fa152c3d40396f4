package io.klien.testimonials.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.AskTrigger;
import io.klien.testimonials.TestimonialRequestView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An ask made to a client contact. A link ask keeps only the SHA-256 of its token; it answers once ({@code usedAt})
 * and not after {@code expiresAt}.
 */
@Entity
@Table(name = "testimonial_request")
class TestimonialRequest extends TenantOwnedEntity {

    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Column(name = "contact_id", updatable = false)
    private UUID contactId;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger", updatable = false)
    private AskTrigger trigger;
    @Column(name = "source_id", updatable = false)
    private @Nullable UUID sourceId;
    @Column(name = "portal_subject", updatable = false)
    private @Nullable String portalSubject;
    @Column(name = "token_hash")
    private @Nullable String tokenHash;
    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;
    @Column(name = "asked_at", updatable = false)
    private Instant askedAt;
    @Column(name = "asked_by", updatable = false)
    private @Nullable String askedBy;
    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected TestimonialRequest() {
        this.clientId = new UUID(0, 0);
        this.contactId = new UUID(0, 0);
        this.trigger = AskTrigger.MANUAL;
        this.expiresAt = Instant.EPOCH;
        this.askedAt = Instant.EPOCH;
    }

    static TestimonialRequest of(UUID clientId, UUID contactId, AskTrigger trigger, @Nullable UUID sourceId,
            @Nullable String portalSubject, @Nullable String tokenHash, Instant now, Instant expiresAt,
            @Nullable String askedBy) {
        TestimonialRequest r = new TestimonialRequest();
        r.clientId = clientId;
        r.contactId = contactId;
        r.trigger = trigger;
        r.sourceId = sourceId;
        r.portalSubject = portalSubject;
        r.tokenHash = tokenHash;
        r.askedAt = now;
        r.expiresAt = expiresAt;
        r.askedBy = askedBy;
        return r;
    }

    /** Answers the ask; refused once it was answered or after it expired. */
    void use(Instant now) {
        requireOpen(now);
        this.usedAt = now;
    }

    /**
     * Gives the link a new token (by its hash) when the mail with the first one could not go out: the first token was
     * only ever in memory. Only an open link ask gets one; returns whether it did.
     */
    boolean replaceToken(String newTokenHash, Instant now) {
        if (tokenHash == null || usedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        this.tokenHash = newTokenHash;
        return true;
    }

    void requireOpen(Instant now) {
        if (usedAt != null) {
            throw new DomainException("testimonials.link.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new DomainException("testimonials.link.expired");
        }
    }

    UUID clientId() {
        return clientId;
    }

    Instant askedAt() {
        return askedAt;
    }

    TestimonialRequestView toView(String contactName) {
        return new TestimonialRequestView(id(), clientId, contactId, contactName, trigger, portalSubject != null,
                askedAt, askedBy, expiresAt, usedAt);
    }

    UUID contactId() {
        return contactId;
    }
}
