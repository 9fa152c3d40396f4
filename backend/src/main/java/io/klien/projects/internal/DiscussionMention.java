package io.klien.projects.internal;

import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A team member mentioned in a discussion message. */
@Entity
@Table(name = "discussion_mention")
class DiscussionMention extends TenantOwnedEntity {

    @Column(name = "message_id", updatable = false)
    private UUID messageId;
    @Column(updatable = false)
    private String subject;

    protected DiscussionMention() {
        this.messageId = new UUID(0, 0);
        this.subject = "";
    }

    static DiscussionMention of(UUID messageId, String subject) {
        DiscussionMention m = new DiscussionMention();
        m.messageId = messageId;
        m.subject = subject;
        return m;
    }

    UUID messageId() {
        return messageId;
    }

    String subject() {
        return subject;
    }
}
