package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A reply on a support request, from the firm or from the client. */
@Entity
@Table(name = "support_request_message")
class SupportRequestMessage extends TenantOwnedEntity {

    @Column(name = "request_id", updatable = false)
    private UUID requestId;
    @Column(name = "author_subject", updatable = false)
    private @Nullable String authorSubject;
    @Column(name = "author_name", updatable = false)
    private String authorName;
    @Column(name = "from_firm", updatable = false)
    private boolean fromFirm;
    @Column(updatable = false)
    private String body;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected SupportRequestMessage() {
        this.requestId = new UUID(0, 0);
        this.authorName = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    static SupportRequestMessage of(UUID requestId, @Nullable String authorSubject, String authorName,
            boolean fromFirm, @Nullable String body, Instant now) {
        SupportRequestMessage m = new SupportRequestMessage();
        m.requestId = requestId;
        m.authorSubject = authorSubject;
        m.authorName = authorName;
        m.fromFirm = fromFirm;
        m.body = DiscussionMessage.body(body);
        m.createdAt = now;
        return m;
    }

    UUID requestId() {
        return requestId;
    }

    @Nullable String authorSubject() {
        return authorSubject;
    }

    String authorName() {
        return authorName;
    }

    boolean fromFirm() {
        return fromFirm;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }
}
