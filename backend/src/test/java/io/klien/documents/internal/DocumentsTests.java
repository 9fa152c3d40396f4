package io.klien.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.clients.ClientMerges;
import io.klien.clients.Clients;
import io.klien.documents.DocumentDownload;
import io.klien.documents.DocumentOwner;
import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentStorage;
import io.klien.documents.DocumentType;
import io.klien.documents.DocumentUsage;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class DocumentsTests {

    static final long MB = 1024 * 1024;

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientMerges clientMerges;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired Documents documents;
    @Autowired DocumentStorage storage;
    @Autowired AuditLog audit;
    @Autowired MarkerVirusScanner scanner;

    TwoFirms firms;
    DocumentOwner stepOfA1;
    DocumentOwner stepOfA2;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        stepOfA1 = new DocumentOwner("ONBOARDING_STEP", UUID.randomUUID(), firms.clientA1);
        stepOfA2 = new DocumentOwner("ONBOARDING_STEP", UUID.randomUUID(), firms.clientA2);
    }

    <T> T staff(Supplier<T> work) {
        return firms.as(firms.staffOfA(), work);
    }

    Scope clientUserOf(UUID clientId) {
        return Scope.member(firms.firmA, "client-user-" + clientId, "CLIENT", clientId, false);
    }

    long inFirmA(String sql) {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject(sql, Long.class));
    }

    void assertNothingStoredInFirmA() {
        assertThat(inFirmA("select count(*) from document")).as("document rows").isZero();
        assertThat(inFirmA("select count(*) from document_chunk")).as("chunk rows").isZero();
    }

    static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    static DocumentPolicy pdfs(long maxBytes) {
        return DocumentPolicy.of(maxBytes, DocumentType.PDF);
    }

    static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void aStoredDocumentReadsBackByteForByteWithTheRecordedSha256() throws Exception {
        GeneratedContent upload = GeneratedContent.pdf(2 * MB + MB / 2);

        DocumentView stored = staff(() -> documents.store(stepOfA1, "Akta Pendirian.pdf", "application/pdf", upload,
                pdfs(10 * MB)));

        assertThat(stored.filename()).isEqualTo("Akta Pendirian.pdf");
        assertThat(stored.type()).isEqualTo(DocumentType.PDF);
        assertThat(stored.size()).isEqualTo(2 * MB + MB / 2);
        assertThat(stored.sha256()).isEqualTo(upload.sha256());
        assertThat(stored.uploadedBy()).isEqualTo(firms.staffA);
        assertThat(stored.owner()).isEqualTo(stepOfA1);
        assertThat(inFirmA("select count(*) from document_chunk")).as("1 MiB chunks").isEqualTo(3);
        assertThat(staff(() -> documents.list(stepOfA1))).extracting(DocumentView::id).containsExactly(stored.id());

        // read after the opening transaction ended, outside any tenant scope: the download carries its own
        try (DocumentDownload download = staff(() -> documents.open(stored.id()))) {
            byte[] bytes = download.content().readAllBytes();
            assertThat(bytes).hasSize((int) stored.size());
            assertThat(sha256(bytes)).isEqualTo(stored.sha256());
            assertThat(download.contentType()).isEqualTo("application/pdf");
            assertThat(download.contentDisposition())
                    .isEqualTo("attachment; filename=\"Akta Pendirian.pdf\"; filename*=UTF-8''Akta%20Pendirian.pdf");
        }
    }

    @Test
    void aTwentyMegabyteUploadStreamsAChunkAtATimeWithoutHoldingTheFileInMemory() {
        long size = 20 * MB;
        long baseline = usedHeapAfterGc();
        long[] peakHeapGrowth = {0};
        long[] mostReadButNotYetStored = {0};
        int[] checkpoints = {0};
        GeneratedContent upload = GeneratedContent.pdf(size).onEvery(2 * MB + 333_333, read -> {
            // runs inside the upload's transaction, so it sees the chunks written so far
            long stored = jdbc.queryForObject("select coalesce(sum(octet_length(data)), 0) from document_chunk", Long.class);
            mostReadButNotYetStored[0] = Math.max(mostReadButNotYetStored[0], read - stored);
            peakHeapGrowth[0] = Math.max(peakHeapGrowth[0], usedHeapAfterGc() - baseline);
            checkpoints[0]++;
        });

        DocumentView stored = staff(() -> documents.store(stepOfA1, "annual-report.pdf", null, upload, pdfs(21 * MB)));

        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(upload.sha256());
        assertThat(checkpoints[0]).as("checkpoints during the upload").isGreaterThanOrEqualTo(8);
        assertThat(mostReadButNotYetStored[0]).as("bytes read ahead of what was stored")
                .isLessThanOrEqualTo(PostgresDocumentStorage.CHUNK_BYTES + ContentSniffer.HEAD_BYTES);
        assertThat(peakHeapGrowth[0]).as("peak heap growth while uploading 20 MB").isLessThan(6 * MB);
        assertThat(inFirmA("select count(*) from document_chunk")).isEqualTo(20);
    }

    @Test
    void anExecutableRenamedToPdfIsRefusedBeforeAnythingIsStored() {
        byte[] windowsProgram = new byte[200_000];
        byte[] header = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode."
                .getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, windowsProgram, 0, header.length);
        GeneratedContent exe = GeneratedContent.startingWith(windowsProgram, 5 * MB);

        assertRefused(() -> staff(() -> documents.store(stepOfA1, "invoice.pdf", "application/pdf", exe, pdfs(10 * MB))),
                "documents.type.executable");
        assertRefused(() -> staff(() -> documents.store(stepOfA1, "notes.txt", "text/plain",
                new ByteArrayInputStream(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}),
                DocumentPolicy.of(MB, DocumentType.TEXT))), "documents.type.executable");
        assertRefused(() -> staff(() -> documents.store(stepOfA1, "notes.txt", "text/plain",
                text("#!/bin/sh\nrm -rf /\n"), DocumentPolicy.of(MB, DocumentType.TEXT))), "documents.type.script");
        assertRefused(() -> staff(() -> documents.store(stepOfA1, "page.txt", "text/plain",
                text("  <html><script>alert(1)</script></html>"), DocumentPolicy.of(MB, DocumentType.TEXT))),
                "documents.type.script");

        assertThat(exe.emitted()).as("read no further than the type check").isLessThanOrEqualTo(ContentSniffer.HEAD_BYTES);
        assertNothingStoredInFirmA();
    }

    @Test
    void anOversizedUploadIsRefusedAsSoonAsItPassesTheLimitAndNothingIsStored() {
        GeneratedContent tooBig = GeneratedContent.pdf(10 * MB);

        assertThatThrownBy(() -> staff(() -> documents.store(stepOfA1, "scan.pdf", "application/pdf", tooBig, pdfs(MB))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.too-large");
                    assertThat(e.arguments()).as("the message names the limit").containsExactly("1 MB");
                });

        assertThat(tooBig.emitted()).as("stopped reading soon after 1 MB").isLessThanOrEqualTo(2 * MB);
        assertNothingStoredInFirmA();
    }

    @Test
    void theFirmsQuotaRefusesAnUploadThatDoesNotFitUntilSpaceIsFreed() {
        // the backend tests run with klien.documents.tenant-quota=24MB
        DocumentView first = staff(() -> documents.store(stepOfA1, "first.pdf", null, GeneratedContent.pdf(12 * MB),
                pdfs(21 * MB)));
        assertThat(staff(() -> documents.usage())).isEqualTo(new DocumentUsage(12 * MB, 24 * MB));
        GeneratedContent second = GeneratedContent.pdf(20 * MB);

        assertThatThrownBy(() -> staff(() -> documents.store(stepOfA1, "second.pdf", null, second, pdfs(21 * MB))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.quota.exceeded");
                    assertThat(e.arguments()).containsExactly("24 MB", "12 MB");
                });
        assertThat(second.emitted()).as("refused once past the free 12 MB").isLessThan(14 * MB);
        assertThat(inFirmA("select count(*) from document")).isEqualTo(1);
        assertThat(inFirmA("select coalesce(sum(octet_length(data)), 0) from document_chunk")).isEqualTo(12 * MB);

        staff(() -> {
            documents.delete(first.id());
            return null;
        });
        DocumentView third = staff(() -> documents.store(stepOfA1, "third.pdf", null, GeneratedContent.pdf(20 * MB),
                pdfs(21 * MB)));
        assertThat(staff(() -> documents.usage()).usedBytes()).isEqualTo(third.size());
    }

    @Test
    void theDetectedTypeMustBeAcceptedAndAgreeWithTheName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        DocumentPolicy pdfOrPng = DocumentPolicy.of(MB, DocumentType.PDF, DocumentType.PNG);

        assertThatThrownBy(() -> staff(() -> documents.store(stepOfA1, "scan.png", "image/png",
                new ByteArrayInputStream(png), pdfs(MB)))).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.type.not-accepted");
                    assertThat(e.arguments()).containsExactly(".png", ".pdf");
                });
        assertThatThrownBy(() -> staff(() -> documents.store(stepOfA1, "scan.pdf", "application/pdf",
                new ByteArrayInputStream(png), pdfOrPng))).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.type.mismatch");
                    assertThat(e.arguments()).containsExactly(".pdf", ".png");
                });
        assertRefused(() -> staff(() -> documents.store(stepOfA1, "data.bin", null,
                new ByteArrayInputStream(new byte[] {0, 1, 2, 3, (byte) 0xFE, (byte) 0xFF}), pdfOrPng)),
                "documents.type.unknown");
        assertRefused(() -> staff(() -> documents.store(stepOfA1, "empty.pdf", null,
                new ByteArrayInputStream(new byte[0]), pdfOrPng)), "documents.empty");
        assertNothingStoredInFirmA();

        DocumentView named = staff(() -> documents.store(stepOfA1, "scan", "application/octet-stream",
                new ByteArrayInputStream(png), pdfOrPng));
        assertThat(named.filename()).isEqualTo("scan.png");
        assertThat(named.type()).isEqualTo(DocumentType.PNG);
    }

    @Test
    void aTextUploadThatTurnsBinaryPastTheTypeCheckIsRefused() {
        byte[] content = new byte[ContentSniffer.HEAD_BYTES + 10_000];
        java.util.Arrays.fill(content, (byte) 'a');
        content[content.length - 1] = 0;

        assertRefused(() -> staff(() -> documents.store(stepOfA1, "notes.txt", "text/plain",
                new ByteArrayInputStream(content), DocumentPolicy.of(MB, DocumentType.TEXT))), "documents.text.invalid");
        assertNothingStoredInFirmA();

        DocumentView csv = staff(() -> documents.store(stepOfA1, "clients.csv", "text/csv",
                text("name;city\nPT Maju Jaya;Jakarta\n"), DocumentPolicy.of(MB, DocumentType.TEXT, DocumentType.CSV)));
        assertThat(csv.type()).isEqualTo(DocumentType.CSV);
    }

    @Test
    void theStoredFilenameIsSanitisedNeverAPath() {
        DocumentView stored = staff(() -> documents.store(stepOfA1, "../../etc/\u202Egnp.passwd.txt", null,
                text("root:x:0:0"), DocumentPolicy.of(MB, DocumentType.TEXT)));

        assertThat(stored.filename()).isEqualTo("gnp.passwd.txt");
    }

    @Test
    void anUploadTheVirusScannerFlagsIsRefusedAndNothingIsStored() {
        // the signature straddles the first two chunks, so only a scan of the whole stored content finds it
        StringBuilder content = new StringBuilder();
        while (content.length() < MB - 10) {
            content.append("line of harmless text\n");
        }
        content.setLength((int) MB - 10);
        content.append(MarkerVirusScanner.SIGNATURE).append("\nmore text\n");

        assertThatThrownBy(() -> staff(() -> documents.store(stepOfA1, "infected.txt", "text/plain",
                text(content.toString()), DocumentPolicy.of(2 * MB, DocumentType.TEXT))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.infected");
                    assertThat(e.arguments()).containsExactly(MarkerVirusScanner.THREAT);
                });
        assertNothingStoredInFirmA();

        DocumentView clean = staff(() -> documents.store(stepOfA1, "clean.txt", null, text("nothing to see"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));
        assertThat(scanner.scans()).filteredOn(s -> s.documentId().equals(clean.id())).singleElement()
                .satisfies(scan -> {
                    assertThat(scan.bytesRead()).isEqualTo(clean.size());
                    assertThat(scan.sha256OfBytesRead()).isEqualTo(clean.sha256());
                });
    }

    @Test
    void aClientUserReachesOnlyDocumentsOfTheirOwnClient() {
        DocumentView ofA1 = staff(() -> documents.store(stepOfA1, "a1.txt", null, text("for A1"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));
        DocumentView ofA2 = staff(() -> documents.store(stepOfA2, "a2.txt", null, text("for A2"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));
        DocumentOwner internal = new DocumentOwner("INTERNAL_TASK", UUID.randomUUID(), null);
        Scope clientA1 = clientUserOf(firms.clientA1);

        assertThat(firms.as(clientA1, () -> documents.list(stepOfA1))).extracting(DocumentView::id)
                .containsExactly(ofA1.id());
        try (DocumentDownload own = firms.as(clientA1, () -> documents.open(ofA1.id()))) {
            assertThat(own.content().readAllBytes()).isEqualTo("for A1".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> firms.as(clientA1, () -> documents.open(ofA2.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientA1, () -> documents.find(ofA2.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientA1, () -> documents.list(stepOfA2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientA1, () -> documents.store(stepOfA2, "x.txt", null, text("x"),
                DocumentPolicy.of(MB, DocumentType.TEXT)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientA1, () -> documents.store(internal, "x.txt", null, text("x"),
                DocumentPolicy.of(MB, DocumentType.TEXT)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientA1, () -> {
            documents.delete(ofA1.id());
            return null;
        })).as("uploaded by staff, not by the client user").isInstanceOf(AccessDeniedException.class);

        DocumentView uploaded = firms.as(clientA1, () -> documents.store(stepOfA1, "mine.txt", null, text("mine"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));
        firms.as(clientA1, () -> {
            documents.delete(uploaded.id());
            return null;
        });
        assertThat(staff(() -> documents.list(stepOfA1))).extracting(DocumentView::id).containsExactly(ofA1.id());
    }

    @Test
    void anotherFirmCannotFindListOpenOrReadAFirmsDocuments() throws IOException {
        DocumentView ofA = staff(() -> documents.store(stepOfA1, "confidential.txt", null, text("A only"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));

        firms.as(firms.adminOfB(), () -> {
            assertThat(documents.find(ofA.id())).isEmpty();
            assertThat(documents.list(stepOfA1)).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from document_chunk where document_id = ?", Long.class,
                    ofA.id())).isZero();
            try (InputStream content = storage.open(ofA.id())) {
                assertThat(content.readAllBytes()).isEmpty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return null;
        });
        assertRefused(() -> firms.as(firms.adminOfB(), () -> documents.open(ofA.id())), "documents.not-found");
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> documents.store(stepOfA1, "smuggled.txt", null,
                text("into A's client"), DocumentPolicy.of(MB, DocumentType.TEXT))))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("document_client_fk");
        assertThat(firms.asSystem(firms.firmB, () -> jdbc.queryForObject("select count(*) from document", Long.class)))
                .isZero();
    }

    @Test
    void everyDownloadIsRecordedInTheAuditLog() throws IOException {
        DocumentView stored = staff(() -> documents.store(stepOfA1, "contract.txt", null, text("terms"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));
        Scope clientA1 = clientUserOf(firms.clientA1);

        firms.as(clientA1, () -> documents.open(stored.id())).close();
        staff(() -> documents.open(stored.id())).close();

        List<AuditEntryView> downloads = firms.as(firms.adminOfA(), () -> audit.browse(
                AuditFilter.all().withAction("document.downloaded"), PageRequest.of(0, 10))).getContent();
        assertThat(downloads).extracting(AuditEntryView::actorSubject)
                .containsExactly(firms.staffA, clientA1.subject());
        assertThat(downloads).allSatisfy(entry -> {
            assertThat(entry.targetType()).isEqualTo("document");
            assertThat(entry.targetId()).isEqualTo(stored.id().toString());
            assertThat(entry.after()).contains("name=contract.txt", "sha256=" + stored.sha256());
        });
    }

    @Test
    void aDeletedDocumentIsGoneWithItsContentAndTheDeletionIsAudited() {
        DocumentView stored = staff(() -> documents.store(stepOfA1, "old.txt", null, text("outdated"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));

        staff(() -> {
            documents.delete(stored.id());
            return null;
        });

        assertThat(staff(() -> documents.find(stored.id()))).isEmpty();
        assertThat(staff(() -> documents.list(stepOfA1))).isEmpty();
        assertRefused(() -> staff(() -> documents.open(stored.id())), "documents.not-found");
        assertThat(inFirmA("select count(*) from document_chunk")).isZero();
        assertThat(inFirmA("select count(*) from document where deleted_at is not null")).as("kept as deleted")
                .isEqualTo(1);
        assertThat(firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all().withAction("document.deleted"),
                PageRequest.of(0, 10))).getContent()).singleElement()
                .satisfies(e -> assertThat(e.targetId()).isEqualTo(stored.id().toString()));
    }

    @Test
    void aDownloadOfAlteredContentFailsInsteadOfDeliveringIt() {
        DocumentView stored = staff(() -> documents.store(stepOfA1, "statement.txt", null, text("balance: 100"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));
        firms.asSystem(firms.firmA, () -> jdbc.update("update document_chunk set data = ? where document_id = ?",
                "balance: 999".getBytes(StandardCharsets.UTF_8), stored.id()));

        DocumentDownload download = staff(() -> documents.open(stored.id()));

        assertThatThrownBy(() -> download.content().readAllBytes()).isInstanceOf(IOException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void documentsOfAMergedClientFollowTheSurvivor() {
        DocumentView ofA2 = staff(() -> documents.store(stepOfA2, "a2.txt", null, text("A2's"),
                DocumentPolicy.of(MB, DocumentType.TEXT)));

        firms.as(firms.adminOfA(), () -> clientMerges.merge(firms.clientA1, firms.clientA2));

        assertThat(firms.as(clientUserOf(firms.clientA1), () -> documents.find(ofA2.id())))
                .hasValueSatisfying(d -> assertThat(d.owner().clientId()).isEqualTo(firms.clientA1));
    }
}
