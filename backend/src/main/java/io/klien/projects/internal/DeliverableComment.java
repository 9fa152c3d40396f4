package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A comment on a deliverable's version, or a reply to one. */
@Entity
@Table(name = "deliverable_comment")
class DeliverableComment extends TenantOwnedEntity {

    @Column(name = "version_id", updatable = false)
    private UUID versionId;
    @Column(name = "parent_id", updatable = false)
    private @Nullable UUID parentId;
    @Column(name = "author_subject", updatable = false)
    private @Nullable String authorSubject;
    @Column(name = "author_name", updatable = false)
    private String authorName;
    @Column(updatable = false)
    private String body;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected DeliverableComment() {
        this.versionId = new UUID(0, 0);
        this.authorName = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    static DeliverableComment of(UUID versionId, @Nullable UUID parentId, @Nullable String authorSubject,
            String authorName, String body, Instant now) {
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("body", "projects.comment.empty");
        }
        if (clean.length() > DeliverableVersion.COMMENT_MAX) {
            throw DomainException.onField("body", "projects.description.too-long", DeliverableVersion.COMMENT_MAX);
        }
        DeliverableComment c = new DeliverableComment();
        c.versionId = versionId;
        c.parentId = parentId;
        c.authorSubject = authorSubject;
        c.authorName = authorName;
        c.body = clean;
        c.createdAt = now;
        return c;
    }

    UUID versionId() {
        return versionId;
    }

    @Nullable UUID parentId() {
        return parentId;
    }

    @Nullable String authorSubject() {
        return authorSubject;
    }

    String authorName() {
        return authorName;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }
}
