package io.klien.documents.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentType;
import io.klien.documents.DocumentView;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A stored file's metadata; its content lives in {@code DocumentStorage} under the same id. */
@Entity
@Table(name = "document")
class Document extends TenantOwnedEntity {

    @Column(name = "owner_kind", updatable = false)
    private String ownerKind;
    @Column(name = "owner_id", updatable = false)
    private UUID ownerId;
    @Column(name = "client_id")
    private @Nullable UUID clientId;
    @Column(updatable = false)
    private String filename;
    @Column(name = "declared_type", updatable = false)
    private @Nullable String declaredType;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DocumentType type;
    @Column(name = "size_bytes", updatable = false)
    private long sizeBytes;
    @Column(updatable = false)
    private String sha256;
    @Column(name = "uploaded_by", updatable = false)
    private @Nullable String uploadedBy;
    @Column(name = "uploaded_at", updatable = false)
    private Instant uploadedAt;
    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;
    @Column(name = "deleted_by")
    private @Nullable String deletedBy;

    protected Document() {
        this.ownerKind = "";
        this.ownerId = new UUID(0, 0);
        this.filename = "";
        this.type = DocumentType.PDF;
        this.sha256 = "";
        this.uploadedAt = Instant.EPOCH;
    }

    /** A new document; its id is known before it is saved, so its content can be stored under it first. */
    public static Document upload(DocumentOwner owner, String filename, @Nullable String declaredType, DocumentType type,
            @Nullable String uploadedBy, Instant uploadedAt) {
        Document d = new Document();
        d.ownerKind = owner.kind();
        d.ownerId = owner.id();
        d.clientId = owner.clientId();
        d.filename = filename;
        d.declaredType = declaredType;
        d.type = type;
        d.uploadedBy = uploadedBy;
        d.uploadedAt = uploadedAt;
        return d;
    }

    /** Records what was stored, once the content passed every check. */
    public void stored(long size, String sha256Hex) {
        this.sizeBytes = size;
        this.sha256 = sha256Hex;
    }

    public void markDeleted(Instant at, @Nullable String by) {
        this.deletedAt = at;
        this.deletedBy = by;
    }

    public @Nullable UUID clientId() {
        return clientId;
    }

    public @Nullable String uploadedBy() {
        return uploadedBy;
    }

    public String filename() {
        return filename;
    }

    public DocumentType type() {
        return type;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public DocumentView toView() {
        return new DocumentView(id(), new DocumentOwner(ownerKind, ownerId, clientId), filename, type, sizeBytes, sha256,
                uploadedBy, uploadedAt);
    }
}
