package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A reply in the thread of a status update. */
@Entity
@Table(name = "project_update_reply")
class ProjectUpdateReply extends TenantOwnedEntity {

    @Column(name = "update_id", updatable = false)
    private UUID updateId;
    @Column(name = "author_subject", updatable = false)
    private @Nullable String authorSubject;
    @Column(name = "author_name", updatable = false)
    private String authorName;
    @Column(name = "from_client", updatable = false)
    private boolean fromClient;
    @Column(updatable = false)
    private String body;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected ProjectUpdateReply() {
        this.updateId = new UUID(0, 0);
        this.authorName = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    static ProjectUpdateReply of(UUID updateId, @Nullable String authorSubject, String authorName, boolean fromClient,
            String body, Instant now) {
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("body", "projects.comment.empty");
        }
        if (clean.length() > ProjectUpdate.TEXT_MAX) {
            throw DomainException.onField("body", "projects.description.too-long", ProjectUpdate.TEXT_MAX);
        }
        ProjectUpdateReply r = new ProjectUpdateReply();
        r.updateId = updateId;
        r.authorSubject = authorSubject;
        r.authorName = authorName;
        r.fromClient = fromClient;
        r.body = clean;
        r.createdAt = now;
        return r;
    }

    UUID updateId() {
        return updateId;
    }

    @Nullable String authorSubject() {
        return authorSubject;
    }

    String authorName() {
        return authorName;
    }

    boolean fromClient() {
        return fromClient;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }
}
