package io.klien.documents;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;

/**
 * The active firm's documents. Staff and admins reach every document; a client user only documents of their own
 * client. Uploads are checked by content and stored streaming; every download is recorded in the audit log.
 */
@FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
public interface Documents {

    /**
     * Receives an upload into a temporary file, outside any transaction, so a slow sender holds no database
     * connection or lock while the bytes arrive. Refused as {@link #store} refuses: by its first bytes when its type
     * is not accepted, and the moment it passes the policy's size or the firm's free storage. Store it with
     * {@link #store(DocumentOwner, ReceivedUpload, DocumentPolicy)}, then close it.
     */
    ReceivedUpload receive(@Nullable String filename, @Nullable String declaredType, InputStream content,
            DocumentPolicy policy);

    /** Stores an upload {@link #receive received} before, as {@link #store(DocumentOwner, String, String, InputStream, DocumentPolicy)} does. */
    DocumentView store(DocumentOwner owner, ReceivedUpload upload, DocumentPolicy policy);

    /**
     * Stores an upload for the owner. Its type is taken from its content and must be one the policy accepts and match
     * the name's extension (a name without one gets it); it is refused as soon as it passes the policy's size or the
     * firm's free storage, and when the virus scanner finds something. Refused uploads leave nothing stored.
     *
     * @param filename     the name the uploader's browser gave; sanitised, never used as a path
     * @param declaredType the content type the browser declared; kept for reference, never trusted
     */
    DocumentView store(DocumentOwner owner, @Nullable String filename, @Nullable String declaredType,
            InputStream content, DocumentPolicy policy);

    /** The owner's documents, newest first (a client user sees only those of their own client). */
    List<DocumentView> list(DocumentOwner owner);

    /** A document as the acting person may see it; empty when it does not exist or was deleted. */
    Optional<DocumentView> find(UUID documentId);

    /**
     * Opens a document for download and records the download in the audit log. The content streams lazily; close the
     * download when done.
     */
    DocumentDownload open(UUID documentId);

    /**
     * Deletes a document: its content is removed (freeing quota), its record kept as deleted for the audit trail.
     * Staff may delete any; a client user only what they uploaded for their own client.
     */
    void delete(UUID documentId);

    /** How much of the firm's document storage is used. For staff. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    DocumentUsage usage();
}
