package io.klien.projects.internal;

import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A document (kept by the documents module) attached to a discussion message. */
@Entity
@Table(name = "discussion_attachment")
class DiscussionAttachment extends TenantOwnedEntity {

    @Column(name = "message_id", updatable = false)
    private UUID messageId;
    @Column(name = "document_id", updatable = false)
    private UUID documentId;

    protected DiscussionAttachment() {
        this.messageId = new UUID(0, 0);
        this.documentId = new UUID(0, 0);
    }

    static DiscussionAttachment of(UUID messageId, UUID documentId) {
        DiscussionAttachment a = new DiscussionAttachment();
        a.messageId = messageId;
        a.documentId = documentId;
        return a;
    }

    UUID messageId() {
        return messageId;
    }

    UUID documentId() {
        return documentId;
    }
}
