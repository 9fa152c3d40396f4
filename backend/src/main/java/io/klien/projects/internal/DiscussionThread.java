package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.projects.ThreadVisibility;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A discussion on a project, or on one of its deliverables; internal threads are the firm's alone. */
@Entity
@Table(name = "discussion_thread")
class DiscussionThread extends TenantOwnedEntity {

    static final int TITLE_MAX = 200;

    @Column(name = "project_id", updatable = false)
    private UUID projectId;
    @Column(name = "deliverable_id", updatable = false)
    private @Nullable UUID deliverableId;
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ThreadVisibility visibility;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;
    @Column(name = "last_message_at")
    private @Nullable Instant lastMessageAt;

    protected DiscussionThread() {
        this.projectId = new UUID(0, 0);
        this.title = "";
        this.visibility = ThreadVisibility.INTERNAL;
        this.createdAt = Instant.EPOCH;
    }

    static DiscussionThread of(UUID projectId, @Nullable UUID deliverableId, @Nullable String title,
            ThreadVisibility visibility, @Nullable String createdBy, Instant now) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("title", "projects.discussion.title-empty");
        }
        if (clean.length() > TITLE_MAX) {
            throw DomainException.onField("title", "projects.discussion.title-too-long", TITLE_MAX);
        }
        DiscussionThread t = new DiscussionThread();
        t.projectId = projectId;
        t.deliverableId = deliverableId;
        t.title = clean;
        t.visibility = visibility;
        t.createdBy = createdBy;
        t.createdAt = now;
        return t;
    }

    void posted(Instant at) {
        if (lastMessageAt == null || at.isAfter(lastMessageAt)) {
            lastMessageAt = at;
        }
    }

    boolean internal() {
        return visibility == ThreadVisibility.INTERNAL;
    }

    UUID projectId() {
        return projectId;
    }

    @Nullable UUID deliverableId() {
        return deliverableId;
    }

    String title() {
        return title;
    }

    ThreadVisibility visibility() {
        return visibility;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable String createdBy() {
        return createdBy;
    }

    @Nullable Instant lastMessageAt() {
        return lastMessageAt;
    }
}
