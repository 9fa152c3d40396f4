package io.klien.projects.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How far one person has read a thread: every message created up to {@code readUpTo}. */
@Entity
@Table(name = "discussion_read_mark")
class DiscussionReadMark extends TenantOwnedEntity {

    @Column(name = "thread_id", updatable = false)
    private UUID threadId;
    @Column(updatable = false)
    private String subject;
    @Column(name = "read_up_to")
    private Instant readUpTo;

    protected DiscussionReadMark() {
        this.threadId = new UUID(0, 0);
        this.subject = "";
        this.readUpTo = Instant.EPOCH;
    }

    UUID threadId() {
        return threadId;
    }

    String subject() {
        return subject;
    }

    Instant readUpTo() {
        return readUpTo;
    }
}
