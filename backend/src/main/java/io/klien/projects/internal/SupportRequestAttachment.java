package io.klien.projects.internal;

import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A document (kept by the documents module) attached to a support request. */
@Entity
@Table(name = "support_request_attachment")
class SupportRequestAttachment extends TenantOwnedEntity {

    @Column(name = "request_id", updatable = false)
    private UUID requestId;
    @Column(name = "document_id", updatable = false)
    private UUID documentId;

    protected SupportRequestAttachment() {
        this.requestId = new UUID(0, 0);
        this.documentId = new UUID(0, 0);
    }

    static SupportRequestAttachment of(UUID requestId, UUID documentId) {
        SupportRequestAttachment a = new SupportRequestAttachment();
        a.requestId = requestId;
        a.documentId = documentId;
        return a;
    }

    UUID requestId() {
        return requestId;
    }

    UUID documentId() {
        return documentId;
    }
}
