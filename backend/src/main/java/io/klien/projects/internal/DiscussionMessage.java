package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A message in a discussion thread, or a reply to one. */
@Entity
@Table(name = "discussion_message")
class DiscussionMessage extends TenantOwnedEntity {

    static final int BODY_MAX = 4000;

    @Column(name = "thread_id", updatable = false)
    private UUID threadId;
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

    protected DiscussionMessage() {
        this.threadId = new UUID(0, 0);
        this.authorName = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    /** The body, stripped; refused when empty or longer than {@value #BODY_MAX} characters. */
    static String body(@Nullable String body) {
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("body", "projects.comment.empty");
        }
        if (clean.length() > BODY_MAX) {
            throw DomainException.onField("body", "projects.description.too-long", BODY_MAX);
        }
        return clean;
    }

    static DiscussionMessage of(UUID threadId, @Nullable UUID parentId, @Nullable String authorSubject,
            String authorName, String body, Instant now) {
        DiscussionMessage m = new DiscussionMessage();
        m.threadId = threadId;
        m.parentId = parentId;
        m.authorSubject = authorSubject;
        m.authorName = authorName;
        m.body = body(body);
        m.createdAt = now;
        return m;
    }

    UUID threadId() {
        return threadId;
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
