package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sealing and verification end to end on the real database, each result cross-checked by a verifier that shares no
 * code with the one that sealed (IndependentSealCheck) and by poppler's pdfsig and qpdf.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractSealsTests {

    static final Path SAMPLES = Path.of("target", "sealed-samples");

    @Autowired ContractSeals seals;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    SealedContract sealed;
    SealedContract other;

    @BeforeAll
    void sealTwoContracts() throws Exception {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        sealed = firms.as(firms.staffOfA(), () -> seals.seal(SampleContracts.engagementLetter("Perjanjian Jasa Hukum", 40)));
        other = firms.as(firms.staffOfA(), () -> seals.seal(SampleContracts.engagementLetter("Perjanjian Lain", 3)));
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("sample-contract.pdf"), sealed.pdf());
    }

    private SealVerification verifyAsA(byte[] pdf) {
        return firms.as(Scope.system(firms.firmA), () -> seals.verify(pdf));
    }

    @Test
    void aSealedContractIsAnUntouchedOriginalWithWhoSignedWhen() {
        SealVerification result = verifyAsA(sealed.pdf());

        assertThat(result.status()).as("%s", result).isEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(result.finding()).isEqualTo(SealFinding.INTACT);
        assertThat(result.sealedFor()).startsWith("Firm A ");
        assertThat(result.sealedAt()).isEqualTo(sealed.sealedAt());
        assertThat(result.verificationCode()).isEqualTo(sealed.verificationCode()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(result.documentSha256()).isEqualTo(sealed.documentSha256());
        assertThat(result.fileSha256()).isEqualTo(sealed.sealedSha256());
        assertThat(result.signatories()).extracting(SignedBy::name)
                .containsExactly("Ayu Ñoviantí Pérez", "Raden Mas Šuhartono", "Dewi Lestari, S.H., M.H.");
        assertThat(result.signatories().getFirst().signedAt()).isEqualTo(java.time.Instant.parse("2026-12-02T03:15:30Z"));
    }

    @Test
    void theIndependentCheckFindsAPadesSealCoveringTheWholeFile() throws Exception {
        IndependentSealCheck.Result check = IndependentSealCheck.check(sealed.pdf());

        assertThat(check.untouched()).as("%s", check).isTrue();
        assertThat(java.util.Objects.requireNonNull(check.certificate()).getSubjectX500Principal().getName()).contains("Firm A");
        assertThat(SealKeyFingerprint.of(java.util.Objects.requireNonNull(check.certificate()))).isEqualTo(keyOfA(sealed.keyId()).certificateSha256());
    }

    @Test
    void popplerAndQpdfAcceptTheSealedSample() throws Exception {
        Path file = SAMPLES.resolve("sample-contract.pdf");

        ExternalTools.Output pdfsig = ExternalTools.run("pdfsig", file);
        ExternalTools.Output qpdf = ExternalTools.run("qpdf", file, "--check");

        assertThat(pdfsig.text()).contains("Signature #1").contains("ETSI.CAdES.detached")
                .contains("Signature Validation: Signature is Valid.").contains("Total document signed");
        assertThat(qpdf.exitCode()).as(qpdf.text()).isZero();
        assertThat(qpdf.text()).contains("No syntax or stream encoding errors found");
    }

    @Test
    void theContractReadsInIndonesianWithEmbeddedFontsPageNumbersAndItsCertificate() throws Exception {
        Path file = SAMPLES.resolve("sample-contract.pdf");

        // NFKC: pdftotext reports the font's ligatures ("ﬁ") as such
        String text = Normalizer.normalize(ExternalTools.run("pdftotext", file, "-layout").text(), Normalizer.Form.NFKC);
        ExternalTools.Output fonts = ExternalTools.run("pdffonts", file);

        assertThat(text).contains("Surat Perjanjian Jasa Hukum", "Ayu Ñoviantí Pérez", "Raden Mas Šuhartono",
                "Halaman 1 dari", SampleContracts.FIRM, "Sertifikat penyelesaian", sealed.verificationCode(),
                sealed.documentSha256(), "<script>alert('x')</script>", "2026-12-02 10:15:30 Asia/Jakarta",
                "2026-12-02 03:15:30 UTC", "203.0.113.7", "Chrome/131.0", "Ditandatangani");
        int pages = Integer.parseInt(text.replaceAll("(?s).*Halaman 1 dari (\\d+).*", "$1"));
        assertThat(pages).isGreaterThanOrEqualTo(10);
        // every font line of pdffonts ends its "emb" column with yes
        List<String> fontLines = fonts.text().lines().skip(2).toList();
        assertThat(fontLines).isNotEmpty().allSatisfy(line -> assertThat(line).contains("DejaVuSans").contains(" yes "));
    }

    @Test
    void oneFlippedByteInTheContentIsModified() throws Exception {
        byte[] pdf = sealed.pdf().clone();
        int at = indexOf(pdf, "Perjanjian Jasa Hukum".getBytes(StandardCharsets.ISO_8859_1));
        pdf[at] = 'p';

        assertThat(verifyAsA(pdf).status()).isEqualTo(SealStatus.MODIFIED);
        assertThat(verifyAsA(pdf).finding()).isEqualTo(SealFinding.SIGNATURE_MISMATCH);
        assertThat(IndependentSealCheck.check(pdf).signatureValid()).isFalse();
        Path file = write("flipped-byte.pdf", pdf);
        assertThat(ExternalTools.run("pdfsig", file).text()).doesNotContain("Signature is Valid.");
    }

    @Test
    void aFlippedByteInsideACompressedPageIsNotAnOriginal() throws Exception {
        byte[] pdf = sealed.pdf().clone();
        int at = indexOf(pdf, "stream".getBytes(StandardCharsets.ISO_8859_1)) + 40;
        pdf[at] ^= 0x01;

        assertThat(verifyAsA(pdf).status()).isNotEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(IndependentSealCheck.check(pdf).untouched()).isFalse();
    }

    @Test
    void anAppendedIncrementalUpdateIsModified() throws Exception {
        byte[] pdf;
        try (PDDocument document = Loader.loadPDF(sealed.pdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Perjanjian yang diubah");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            pdf = out.toByteArray();
        }
        assertThat(pdf.length).isGreaterThan(sealed.pdf().length);

        SealVerification result = verifyAsA(pdf);

        assertThat(result.status()).isEqualTo(SealStatus.MODIFIED);
        assertThat(result.finding()).isEqualTo(SealFinding.CONTENT_AFTER_SEAL);
        IndependentSealCheck.Result check = IndependentSealCheck.check(pdf);
        assertThat(check.signatureValid()).as("the sealed part itself is intact").isTrue();
        assertThat(check.coversWholeFile()).isFalse();
        Path file = write("incremental-update.pdf", pdf);
        assertThat(ExternalTools.run("pdfsig", file).text()).contains("Not total document signed");
    }

    @Test
    void bytesAppendedAfterTheSealAreModified() {
        byte[] pdf = java.util.Arrays.copyOf(sealed.pdf(), sealed.pdf().length + 12);
        System.arraycopy("\n% appended\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, sealed.pdf().length, 12);

        assertThat(verifyAsA(pdf).status()).isEqualTo(SealStatus.MODIFIED);
        assertThat(verifyAsA(pdf).finding()).isEqualTo(SealFinding.CONTENT_AFTER_SEAL);
    }

    @Test
    void aCertificatePageSwappedFromAnotherContractIsModified() throws Exception {
        byte[] rewritten;
        byte[] appended;
        try (PDDocument target = Loader.loadPDF(sealed.pdf()); PDDocument source = Loader.loadPDF(other.pdf())) {
            PDPage foreignCertificate = source.getPage(source.getNumberOfPages() - 1);
            target.removePage(target.getNumberOfPages() - 1);
            target.importPage(foreignCertificate);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.saveIncremental(out);
            appended = out.toByteArray();
            out.reset();
            target.save(out);
            rewritten = out.toByteArray();
        }

        for (byte[] swapped : List.of(appended, rewritten)) {
            SealVerification result = verifyAsA(swapped);
            assertThat(result.status()).isNotEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
            assertThat(IndependentSealCheck.check(swapped).untouched()).isFalse();
        }
        assertThat(verifyAsA(appended).status()).isEqualTo(SealStatus.MODIFIED);
        assertThat(verifyAsA(rewritten).status()).isEqualTo(SealStatus.MODIFIED);
    }

    @Test
    void aFileOtherThanTheRecordedOneIsNotAnOriginalEvenWithAValidSeal() {
        // the other contract's file verifies on its own, under its own code only
        assertThat(verifyAsA(other.pdf()).status()).isEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(verifyAsA(other.pdf()).verificationCode()).isEqualTo(other.verificationCode())
                .isNotEqualTo(sealed.verificationCode());
    }

    @Test
    void aPdfWithoutSealAndBytesThatAreNoPdfAreNotKlienDocuments() throws Exception {
        byte[] plain;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            plain = out.toByteArray();
        }

        assertThat(verifyAsA(plain).status()).isEqualTo(SealStatus.NOT_KLIEN_DOCUMENT);
        assertThat(verifyAsA(plain).finding()).isEqualTo(SealFinding.NO_SEAL);
        assertThat(verifyAsA("not a pdf".getBytes(StandardCharsets.US_ASCII)).finding()).isEqualTo(SealFinding.NOT_A_PDF);
        assertThat(verifyAsA(plain).signatories()).isEmpty();
    }

    @Test
    void anotherFirmDoesNotRecogniseTheSealAsItsOwn() {
        SealVerification asB = firms.as(Scope.system(firms.firmB), () -> seals.verify(sealed.pdf()));

        assertThat(asB.status()).isEqualTo(SealStatus.NOT_KLIEN_DOCUMENT);
        assertThat(asB.finding()).isEqualTo(SealFinding.UNKNOWN_KEY);
        assertThat(asB.signatories()).isEmpty();
        assertThat(firms.as(Scope.system(firms.firmB), () -> seals.lookUp(sealed.verificationCode()))).isEmpty();
    }

    @Test
    void theCodeRevealsWhoSignedWhenAndTheHashButNotTheContent() {
        SealRecord record = firms.as(Scope.system(firms.firmA),
                () -> seals.lookUp(sealed.verificationCode().toLowerCase().replace("-", " "))).orElseThrow();

        assertThat(record.documentSha256()).isEqualTo(sealed.documentSha256());
        assertThat(record.sealedSha256()).isEqualTo(sealed.sealedSha256());
        assertThat(record.signatories()).hasSize(3);
        assertThat(record.toString()).doesNotContain("Perjanjian");
        assertThat(firms.as(Scope.system(firms.firmA), () -> seals.lookUp("AAAA-BBBB-CCCC-DDDD"))).isEmpty();
        assertThat(firms.as(Scope.system(firms.firmA), () -> seals.lookUp("' or 1=1 --"))).isEmpty();
    }

    @Test
    void rotationMakesANewActiveKeyAndOldSealsStayValid() throws Exception {
        SealKeyView before = keyOfA(sealed.keyId());
        assertThat(before.active()).isTrue();

        SealKeyView rotated = firms.as(firms.adminOfA(), () -> seals.rotateKey());
        SealedContract afterRotation = firms.as(firms.staffOfA(),
                () -> seals.seal(SampleContracts.engagementLetter("Perjanjian setelah rotasi", 2)));

        assertThat(rotated.id()).isNotEqualTo(before.id());
        assertThat(afterRotation.keyId()).isEqualTo(rotated.id());
        List<SealKeyView> keys = firms.as(firms.staffOfA(), () -> seals.keys());
        assertThat(keys).filteredOn(SealKeyView::active).extracting(SealKeyView::id).containsExactly(rotated.id());
        assertThat(keys).filteredOn(k -> k.id().equals(before.id())).singleElement()
                .satisfies(k -> assertThat(k.retiredAt()).isNotNull());
        assertThat(verifyAsA(sealed.pdf()).status()).as("sealed with the retired key").isEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(verifyAsA(afterRotation.pdf()).status()).isEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(IndependentSealCheck.check(afterRotation.pdf()).untouched()).isTrue();
        assertThat(SealKeyFingerprint.of(java.util.Objects.requireNonNull(IndependentSealCheck.check(afterRotation.pdf()).certificate())))
                .isEqualTo(rotated.certificateSha256()).isNotEqualTo(before.certificateSha256());
    }

    @Test
    void onlyAdminsRotateAndClientUsersCannotSeal() {
        Scope client = Scope.member(firms.firmA, "client-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> seals.rotateKey()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(client, () -> seals.seal(SampleContracts.engagementLetter("X", 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndSavesNothing() {
        Long before = sealsOfA();
        ContractDocument good = SampleContracts.engagementLetter("Perjanjian", 1);
        ContractDocument untitled = new ContractDocument(" ", good.firmName(), good.locale(), good.zone(),
                good.markdownBody(), good.parties(), good.signatories(), good.events());
        Signatory s = good.signatories().getFirst();
        ContractDocument badImage = new ContractDocument("Perjanjian", good.firmName(), good.locale(), good.zone(),
                good.markdownBody(), good.parties(), List.of(new Signatory(s.name(), s.email(), s.party(), s.signedAt(),
                        s.ipAddress(), s.userAgent(), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0, 0})),
                good.events());
        ContractDocument unsigned = new ContractDocument("Perjanjian", good.firmName(), good.locale(), good.zone(),
                good.markdownBody(), good.parties(), List.of(), good.events());

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> seals.seal(untitled)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.seal.title.required"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> seals.seal(badImage)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.seal.signature-image.invalid"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> seals.seal(unsigned)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.seal.signatories.required"));
        assertThat(sealsOfA()).isEqualTo(before);
    }

    @Test
    void privateKeysAreStoredEncryptedUnderTheConfiguredKey() {
        List<java.util.Map<String, Object>> rows = firms.asSystem(firms.firmA, () -> jdbc.queryForList(
                "select encrypted_private_key, key_encryption_key_id, certificate from contract_seal_key"));

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            byte[] encrypted = (byte[]) row.get("encrypted_private_key");
            // a PKCS#8 EC key starts with a DER sequence naming id-ecPublicKey; the stored bytes must not
            assertThat(indexOf(encrypted, new byte[] {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01}))
                    .isNegative();
            assertThat((String) row.get("key_encryption_key_id")).hasSize(16);
        });
    }

    private Long sealsOfA() {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from contract_seal", Long.class));
    }

    private SealKeyView keyOfA(UUID id) {
        return firms.as(firms.staffOfA(), () -> seals.keys()).stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Path write(String name, byte[] pdf) throws Exception {
        Files.createDirectories(SAMPLES);
        return Files.write(SAMPLES.resolve(name), pdf);
    }

    static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
