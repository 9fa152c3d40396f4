package io.klien.documents.internal;

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
import io.klien.documents.DocumentDownload;
import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentStorage;
import io.klien.documents.DocumentType;
import io.klien.documents.DocumentUsage;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.documents.VirusScanner;
import io.klien.documents.VirusScanner.ScannedFile;
import io.klien.documents.VirusScanner.Verdict;
import io.klien.shared.DomainException;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional
class DocumentService implements Documents {

    private static final int DECLARED_TYPE_MAX = 255;

    private final DocumentRepository documents;
    private final DocumentStorage storage;
    private final DocumentQuota quota;
    private final VirusScanner scanner;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    DocumentService(DocumentRepository documents, DocumentStorage storage, DocumentQuota quota, VirusScanner scanner,
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

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReceivedUpload receive(@Nullable String filename, @Nullable String declaredType, InputStream content,
            DocumentPolicy policy) {
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
            return new ReceivedFile(filename, declaredType, file, upload.count());
        } catch (IOException e) {
            deleteQuietly(file);
            throw uploadFailed(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    @Override
    public DocumentView store(DocumentOwner owner, ReceivedUpload upload, DocumentPolicy policy) {
        try (InputStream content = ((ReceivedFile) upload).open()) {
            return store(owner, upload.filename(), upload.declaredType(), content, policy);
        } catch (IOException e) {
            throw uploadFailed(e);
        }
    }

    @Override
    public DocumentView store(DocumentOwner owner, @Nullable String filename, @Nullable String declaredType,
            InputStream content, DocumentPolicy policy) {
        Scope scope = TenantContext.acting();
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

    @Override
    @Transactional(readOnly = true)
    public List<DocumentView> list(DocumentOwner owner) {
        Scope scope = TenantContext.acting();
        requireClientAccess(scope, owner.clientId());
        List<Document> found = isClientUser(scope)
                ? documents.findPresentByOwnerAndClient(owner.kind(), owner.id(), Objects.requireNonNull(scope.clientId()))
                : documents.findPresentByOwner(owner.kind(), owner.id());
        return found.stream().map(Document::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentView> find(UUID documentId) {
        Scope scope = TenantContext.acting();
        Optional<Document> found = documents.findPresent(documentId);
        found.ifPresent(d -> requireClientAccess(scope, d.clientId()));
        return found.map(Document::toView);
    }

    @Override
    public DocumentDownload open(UUID documentId) {
        Scope scope = TenantContext.acting();
        Document document = present(documentId);
        requireClientAccess(scope, document.clientId());
        audit.record(new AuditRecord("document.downloaded", "document", documentId.toString(), null, summary(document)));
        InputStream content = new VerifiedContent(storage.open(documentId), document.sizeBytes(), document.sha256());
        return new DocumentDownload(document.toView(), document.type().contentTypeHeader(),
                AttachmentHeader.of(document.filename()), content);
    }

    @Override
    public void delete(UUID documentId) {
        Scope scope = TenantContext.acting();
        Document document = present(documentId);
        requireClientAccess(scope, document.clientId());
        if (isClientUser(scope) && !Objects.equals(document.uploadedBy(), scope.subject())) {
            throw new AccessDeniedException("A client user deletes only documents they uploaded");
        }
        document.markDeleted(clock.instant(), scope.subject());
        storage.delete(documentId);
        audit.record(new AuditRecord("document.deleted", "document", documentId.toString(), summary(document), null));
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentUsage usage() {
        return new DocumentUsage(quota.usedBytes(), quota.quotaBytes());
    }

    private Document present(UUID documentId) {
        return documents.findPresent(documentId).orElseThrow(() -> new DomainException("documents.not-found"));
    }

    private static boolean isClientUser(Scope scope) {
        return scope.clientUser();
    }

    private static void requireClientAccess(Scope scope, @Nullable UUID clientOfDocument) {
        ClientAccess.requireOwnClient(scope, clientOfDocument,
                "A client user reaches only documents of their own client");
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
