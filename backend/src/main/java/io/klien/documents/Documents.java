package io.klien.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.klien.audit.AuditLog;
import io.klien.audit.AuditRecord;
import io.klien.documents.VirusScanner.ScannedFile;
import io.klien.documents.VirusScanner.Verdict;
import io.klien.documents.internal.AttachmentHeader;
import io.klien.documents.internal.ContentSniffer;
import io.klien.documents.internal.Document;
import io.klien.documents.internal.DocumentQuota;
import io.klien.documents.internal.DocumentRepository;
import io.klien.documents.internal.SafeFilename;
import io.klien.documents.internal.UploadStream;
import io.klien.documents.internal.VerifiedContent;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The active firm's documents. Staff and admins reach every document; a client user only documents of their own
 * client. Uploads are checked by content and stored streaming; every download is recorded in the audit log.
 */
@Service
@Transactional
public class Documents {

    private static final String[] STAFF = {"TENANT_ADMIN", "STAFF"};
    private static final String[] ANYONE = {"TENANT_ADMIN", "STAFF", "CLIENT"};
    private static final int DECLARED_TYPE_MAX = 255;

    private final DocumentRepository documents;
    private final DocumentStorage storage;
    private final DocumentQuota quota;
    private final VirusScanner scanner;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    Documents(DocumentRepository documents, DocumentStorage storage, DocumentQuota quota, VirusScanner scanner,
            AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.documents = documents;
        this.storage = storage;
        this.quota = quota;
        this.scanner = scanner;
        this.audit = audit;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Receives an upload into a temporary file, outside any transaction, so a slow sender holds no database
     * connection or lock while the bytes arrive. Refused as {@link #store} refuses: by its first bytes when its type
     * is not accepted, and the moment it passes the policy's size or the firm's free storage. Store it with
     * {@link #store(DocumentOwner, ReceivedUpload, DocumentPolicy)}, then close it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReceivedUpload receive(@Nullable String filename, @Nullable String declaredType, InputStream content,
            DocumentPolicy policy) {
        TenantContext.requireRole(ANYONE);
        long quotaBytes = quota.quotaBytes();
        long free = quotaBytes - Objects.requireNonNull(readOnly.execute(status -> quota.usedBytes()));
        if (free <= 0) {
            throw UploadStream.quotaExceeded(quotaBytes, free);
        }
        byte[] head = readHead(content);
        DocumentType type = acceptedType(head, SafeFilename.of(filename), policy);
        UploadStream upload = new UploadStream(new SequenceInputStream(new ByteArrayInputStream(head), content),
                policy.maxBytes(), free, quotaBytes, type.isText());
        Path file = null;
        try {
            file = Files.createTempFile("klien-upload-", ".part");
            try (OutputStream out = Files.newOutputStream(file)) {
                upload.transferTo(out);
            }
            return new ReceivedUpload(filename, declaredType, file, upload.count());
        } catch (IOException e) {
            deleteQuietly(file);
            throw uploadFailed(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Stores an upload {@link #receive received} before, as {@link #store(DocumentOwner, String, String, InputStream, DocumentPolicy)} does. */
    public DocumentView store(DocumentOwner owner, ReceivedUpload upload, DocumentPolicy policy) {
        try (InputStream content = upload.open()) {
            return store(owner, upload.filename(), upload.declaredType(), content, policy);
        } catch (IOException e) {
            throw uploadFailed(e);
        }
    }

    /**
     * Stores an upload for the owner. Its type is taken from its content and must be one the policy accepts and match
     * the name's extension (a name without one gets it); it is refused as soon as it passes the policy's size or the
     * firm's free storage, and when the virus scanner finds something. Refused uploads leave nothing stored.
     *
     * @param filename     the name the uploader's browser gave; sanitised, never used as a path
     * @param declaredType the content type the browser declared; kept for reference, never trusted
     */
    public DocumentView store(DocumentOwner owner, @Nullable String filename, @Nullable String declaredType,
            InputStream content, DocumentPolicy policy) {
        Scope scope = TenantContext.requireRole(ANYONE);
        requireClientAccess(scope, owner.clientId());
        String name = SafeFilename.of(filename);
        long quotaBytes = quota.quotaBytes();
        long free = quotaBytes - quota.usedBytes();
        if (free <= 0) {
            throw UploadStream.quotaExceeded(quotaBytes, free);
        }
        byte[] head = readHead(content);
        DocumentType type = acceptedType(head, name, policy);
        name = withExtensionOf(type, name);

        Document document = Document.upload(owner, name, declared(declaredType), type, scope.subject(), clock.instant());
        UploadStream upload = new UploadStream(new SequenceInputStream(new ByteArrayInputStream(head), content),
                policy.maxBytes(), free, quotaBytes, type.isText());
        try {
            storage.put(document.id(), upload);
        } catch (IOException e) {
            throw uploadFailed(e);
        }
        long size = upload.count();
        String sha256 = upload.sha256();
        Verdict verdict = scanner.scan(new ScannedFile(document.id(), name, type, size, sha256,
                () -> storage.open(document.id())));
        if (!verdict.isClean()) {
            throw new DomainException("documents.infected", Objects.requireNonNullElse(verdict.threat(), "?"));
        }
        document.stored(size, sha256);
        // the audit chain's lock comes before the quota lock in every transaction, so the two never deadlock
        audit.record(new AuditRecord("document.uploaded", "document", document.id().toString(), null,
                summary(document)));
        quota.lockUntilCommit();
        long freeNow = quotaBytes - quota.usedBytes();
        if (size > freeNow) {
            throw UploadStream.quotaExceeded(quotaBytes, freeNow);
        }
        return documents.saveAndFlush(document).toView();
    }

    /** The owner's documents, newest first (a client user sees only those of their own client). */
    @Transactional(readOnly = true)
    public List<DocumentView> list(DocumentOwner owner) {
        Scope scope = TenantContext.requireRole(ANYONE);
        requireClientAccess(scope, owner.clientId());
        List<Document> found = isClientUser(scope)
                ? documents.findPresentByOwnerAndClient(owner.kind(), owner.id(), Objects.requireNonNull(scope.clientId()))
                : documents.findPresentByOwner(owner.kind(), owner.id());
        return found.stream().map(Document::toView).toList();
    }

    /** A document as the acting person may see it; empty when it does not exist or was deleted. */
    @Transactional(readOnly = true)
    public Optional<DocumentView> find(UUID documentId) {
        Scope scope = TenantContext.requireRole(ANYONE);
        Optional<Document> found = documents.findPresent(documentId);
        found.ifPresent(d -> requireClientAccess(scope, d.clientId()));
        return found.map(Document::toView);
    }

    /**
     * Opens a document for download and records the download in the audit log. The content streams lazily; close the
     * download when done.
     */
    public DocumentDownload open(UUID documentId) {
        Scope scope = TenantContext.requireRole(ANYONE);
        Document document = present(documentId);
        requireClientAccess(scope, document.clientId());
        audit.record(new AuditRecord("document.downloaded", "document", documentId.toString(), null, summary(document)));
        InputStream content = new VerifiedContent(storage.open(documentId), document.sizeBytes(), document.sha256());
        return new DocumentDownload(document.toView(), document.type().contentTypeHeader(),
                AttachmentHeader.of(document.filename()), content);
    }

    /**
     * Deletes a document: its content is removed (freeing quota), its record kept as deleted for the audit trail.
     * Staff may delete any; a client user only what they uploaded for their own client.
     */
    public void delete(UUID documentId) {
        Scope scope = TenantContext.requireRole(ANYONE);
        Document document = present(documentId);
        requireClientAccess(scope, document.clientId());
        if (isClientUser(scope) && !Objects.equals(document.uploadedBy(), scope.subject())) {
            throw new AccessDeniedException("A client user deletes only documents they uploaded");
        }
        document.markDeleted(clock.instant(), scope.subject());
        storage.delete(documentId);
        audit.record(new AuditRecord("document.deleted", "document", documentId.toString(), summary(document), null));
    }

    /** How much of the firm's document storage is used. For staff. */
    @Transactional(readOnly = true)
    public DocumentUsage usage() {
        TenantContext.requireRole(STAFF);
        return new DocumentUsage(quota.usedBytes(), quota.quotaBytes());
    }

    private Document present(UUID documentId) {
        return documents.findPresent(documentId).orElseThrow(() -> new DomainException("documents.not-found"));
    }

    private static boolean isClientUser(Scope scope) {
        return !scope.system() && scope.hasRole("CLIENT");
    }

    private static void requireClientAccess(Scope scope, @Nullable UUID clientOfDocument) {
        if (isClientUser(scope) && (clientOfDocument == null || !clientOfDocument.equals(scope.clientId()))) {
            throw new AccessDeniedException("A client user reaches only documents of their own client");
        }
    }

    private static DomainException uploadFailed(IOException cause) {
        DomainException failed = new DomainException("documents.upload.failed");
        failed.initCause(cause);
        return failed;
    }

    private static byte[] readHead(InputStream content) {
        try {
            return content.readNBytes(ContentSniffer.HEAD_BYTES);
        } catch (IOException e) {
            throw uploadFailed(e);
        }
    }

    /** The type the first bytes tell, refused when the policy does not accept it or the name says another. */
    private static DocumentType acceptedType(byte[] head, String name, DocumentPolicy policy) {
        DocumentType type = ContentSniffer.detect(head, head.length < ContentSniffer.HEAD_BYTES,
                SafeFilename.extension(name));
        if (type == null) {
            throw new DomainException("documents.type.unknown", policy.acceptedExtensions());
        }
        if (!policy.accepts(type)) {
            throw new DomainException("documents.type.not-accepted", "." + type.extension(), policy.acceptedExtensions());
        }
        withExtensionOf(type, name);
        return type;
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the operating system's clean-up takes what is left
            }
        }
    }

    /** The name with the type's extension: appended when it has none, refused when it names another type. */
    private static String withExtensionOf(DocumentType type, String name) {
        String extension = SafeFilename.extension(name);
        if (extension.isEmpty()) {
            return SafeFilename.withExtension(name, type.extension());
        }
        if (!type.extensions().contains(extension)) {
            throw new DomainException("documents.type.mismatch", "." + extension, "." + type.extension());
        }
        return name;
    }

    private static @Nullable String declared(@Nullable String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return null;
        }
        String clean = declaredType.strip().replaceAll("\\p{Cntrl}", "");
        return clean.length() > DECLARED_TYPE_MAX ? clean.substring(0, DECLARED_TYPE_MAX) : clean;
    }

    private static String summary(Document d) {
        DocumentView v = d.toView();
        return "name=" + v.filename() + ", type=" + v.type() + ", size=" + v.size() + ", sha256=" + v.sha256()
                + ", owner=" + v.owner().kind() + ":" + v.owner().id();
    }
}
