package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Quota;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SealChecks;
import io.klien.contracts.SealKeyView;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The acceptance certificate of an approved version: sealed with the firm's own seal key (checked by code that shares
 * nothing with the sealer), one flipped byte breaks the seal, and poppler reads the version's SHA-256, the file, the
 * approver and the contract from it. A sample is kept at {@code target/acceptance-certificate-sample.pdf}.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcceptanceCertificatesTests {

    @Autowired io.klien.contracts.PublicVerification publicVerification;

    /** A real one-page PDF, as the deliverable's file. */
    static final byte[] REPORT = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    @Autowired Projects projects;
    @Autowired Deliverables deliverables;
    @Autowired AcceptanceCertificates certificates;
    @Autowired ContractSeals seals;
    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired ClientContacts clientContacts;
    @Autowired Documents documents;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    Scope budi;
    UUID contactOfA1;

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        String subject = "budi-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, subject + "@a1.test",
                "Budi Santoso", FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        budi = Scope.member(firms.firmA, subject, "CLIENT", firms.clientA1, false);
        contactOfA1 = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", "budi-" + UUID.randomUUID() + "@a1.test", null, "Director"), true)
                .id());
    }

    /** A contract in force for client A1 (brought into force in the database; signing is the contracts' to test). */
    private ContractView signedContract() {
        ContractTemplateView template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst();
        ContractTerms base = template.definition().terms();
        LocalDate start = LocalDate.of(2027, 1, 1);
        ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Annual report", null, true)), base.fee(),
                base.payment(), Term.fixed(start, start.plusDays(360)),
                List.of(new Quota(new BigDecimal("3"), Quota.Unit.REVISION_ROUNDS, Quota.Period.CONTRACT,
                        Quota.Overage.NEEDS_CHANGE_ORDER, null)),
                base.penalties(), base.termination(), true, false);
        ContractView draft = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, template.templateId(),
                new ContractDraft("Annual report 2027 " + UUID.randomUUID().toString().substring(0, 6), null, terms,
                        List.of(SignatoryChoice.clientContact(contactOfA1)), SigningOrder.PARALLEL,
                        LocalDate.now().plusDays(30))));
        firms.asSystem(firms.firmA, () -> jdbc.update(
                "update contract set status = 'ACTIVE', signed_at = now(), sent_at = now() where id = ?", draft.id()));
        return firms.as(firms.staffOfA(), () -> contracts.get(draft.id()));
    }

    record Approved(ContractView contract, DeliverableVersionView version) {
    }

    private Approved approvedReport() {
        ContractView contract = signedContract();
        ProjectView project = firms.as(firms.staffOfA(), () -> projects.createFromContract(contract.id()));
        DeliverableView report = firms.as(firms.staffOfA(), () -> deliverables.add(project.id(),
                new NewDeliverable("Annual report", null, null)));
        ReceivedUpload upload = firms.as(firms.staffOfA(), () -> documents.receive("annual-report-2027.pdf",
                "application/pdf", new ByteArrayInputStream(REPORT), Deliverables.FILES));
        DeliverableVersionView submitted;
        try (upload) {
            submitted = firms.as(firms.staffOfA(), () -> deliverables.submitFile(report.id(), upload, null));
        }
        DeliverableVersionView approved = firms.as(budi, () -> deliverables.approve(submitted.id(), "Looks right"));
        return new Approved(contract, approved);
    }

    @Test
    void theCertificateIsSealedWithTheFirmsKeyAndStatesTheExactVersion() throws Exception {
        Approved approved = approvedReport();

        AcceptanceCertificate certificate = firms.as(firms.staffOfA(),
                () -> certificates.certificate(approved.version().id()));

        assertThat(certificate.filename()).isEqualTo("acceptance-annual-report-v1.pdf");
        assertThat(certificate.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(certificate.pdf())));
        SealChecks.Finding finding = SealChecks.check(certificate.pdf());
        assertThat(finding.untouched()).as("the independent check finds one intact seal over the whole file").isTrue();
        SealKeyView active = firms.as(firms.staffOfA(), () -> seals.keys()).stream().filter(SealKeyView::active)
                .findFirst().orElseThrow();
        assertThat(finding.certificateSha256()).as("sealed with firm A's own key")
                .isEqualTo(active.certificateSha256());

        io.klien.contracts.PublicSealCheck publicCheck = publicVerification.verify(certificate.pdf());
        assertThat(publicCheck.verification().status()).as("the public verification page recognises it")
                .isEqualTo(io.klien.contracts.SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(publicCheck.sealedBy()).isEqualTo(firms.firmA);

        byte[] flipped = certificate.pdf().clone();
        flipped[200] ^= 0x01;
        assertThat(SealChecks.check(flipped).signatureValid()).as("one flipped byte breaks the seal").isFalse();
        assertThat(publicVerification.verify(flipped).verification().status())
                .isNotEqualTo(io.klien.contracts.SealStatus.UNTOUCHED_ORIGINAL);

        Path sample = Path.of("target", "acceptance-certificate-sample.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, certificate.pdf());
        // NFKC: pdftotext reports the font's ligatures as such
        String text = Normalizer.normalize(SealChecks.pdftotext(sample), Normalizer.Form.NFKC);
        assertThat(text).contains("Certificate of acceptance")
                .contains(approved.version().sha256())
                .contains("annual-report-2027.pdf")
                .contains("Budi Santoso")
                .contains("Annual report")
                .contains(approved.contract().title())
                .contains("UTC")
                .as("dates in one style, the reader's, not ISO next to it")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .contains("revision rounds")
                .doesNotContain("REVISION_ROUNDS", "MONTHLY_RETAINER", "NOT_PROVIDED")
                .as("people and contracts by name, never by internal id")
                .doesNotContain(approved.contract().id().toString());
    }

    @Test
    void onlyAnApprovedVersionOfTheFirmsOwnProjectGetsACertificateForStaffAndTheClientsOwnUsers() {
        Approved approved = approvedReport();
        ProjectView other = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1,
                ProjectKind.MATTER, "In review " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2027, 1, 1), null, null)));
        DeliverableView memo = firms.as(firms.staffOfA(), () -> deliverables.add(other.id(),
                new NewDeliverable("Memo", null, null)));
        DeliverableVersionView inReview = firms.as(firms.staffOfA(), () -> deliverables.submitLink(memo.id(),
                "https://docs.example/memo", null));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> certificates.certificate(inReview.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.certificate.not-approved[");
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> certificates.certificate(approved.version().id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.version.not-found[");
        assertThat(firms.as(budi, () -> certificates.certificate(approved.version().id())).pdf())
                .as("the client who approved downloads the certificate").startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        Scope otherClientsUser = Scope.member(firms.firmA, "other-" + UUID.randomUUID(), "CLIENT", firms.clientA2, false);
        assertThatThrownBy(() -> firms.as(otherClientsUser, () -> certificates.certificate(approved.version().id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.version.not-found[");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> seals.sealDocument(
                "not a pdf".getBytes(StandardCharsets.UTF_8), "Anything")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("contracts.seal.not-a-pdf[");
    }
}
