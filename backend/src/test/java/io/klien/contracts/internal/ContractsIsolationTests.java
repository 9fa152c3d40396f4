package io.klien.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.SampleContracts;
import io.klien.contracts.SealStatus;
import io.klien.contracts.SealedContract;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.SigningStep;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seal keys and seal records as firm B: firm A's rows cannot be found, listed, changed or written into by any route,
 * and neither firm can delete them (retired keys must keep verifying). The catalog test checks RLS, FORCE and the
 * keys of these tables with every other tenant table.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractsIsolationTests {

    @Autowired ContractSeals seals;
    @Autowired ContractSealKeyRepository keyRepository;
    @Autowired ContractSealRepository sealRepository;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @PersistenceContext EntityManager em;

    @Autowired SigningEvidenceRepository evidenceRepository;
    @Autowired SignedContractPdfRepository signedPdfRepository;
    @Autowired ClientContacts clientContacts;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;

    TwoFirms firms;
    SealedContract sealedByA;
    UUID evidenceOfA;
    UUID signedPdfOfA;

    @BeforeAll
    void aSealOfFirmA() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        sealedByA = firms.as(firms.staffOfA(), () -> seals.seal(SampleContracts.engagementLetter("Perjanjian A", 1)));
        UUID contact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Contact of A", "contact@a.test", null, null), true).id());
        ContractTemplateView template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst();
        ContractView contract = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, template.templateId(),
                new ContractDraft(null, null, template.definition().terms(), List.of(SignatoryChoice.clientContact(contact)),
                        SigningOrder.PARALLEL, java.time.LocalDate.now().plusDays(30))));
        java.time.Instant now = java.time.Instant.now();
        evidenceOfA = firms.asSystem(firms.firmA, () -> evidenceRepository.save(SigningEvidence.of(contract.id(),
                contract.signatories().getFirst().id(), SigningStep.VIEWED, "Contact of A", "client-of-a", "192.0.2.1",
                "Test", now, null)).id());
        signedPdfOfA = firms.asSystem(firms.firmA, () -> signedPdfRepository.save(SignedContractPdf.of(contract.id(),
                sealedByA.sealId(), sealedByA.verificationCode(), sealedByA.sealedSha256(), sealedByA.sealedAt(),
                sealedByA.pdf())).id());
    }

    @Test
    void firmBFindsNoneOfFirmAsSigningEvidenceOrSignedPdfs() {
        List<Long> seen = firms.as(firms.adminOfB(), () -> List.of(
                evidenceRepository.findById(evidenceOfA).isPresent() ? 1L : 0L,
                signedPdfRepository.findById(signedPdfOfA).isPresent() ? 1L : 0L,
                (long) evidenceRepository.findAll().size(),
                (long) signedPdfRepository.findAll().size(),
                jdbc.queryForObject("select count(*) from contract_signing_event where tenant_id = ?", Long.class, firms.firmA),
                jdbc.queryForObject("select count(*) from contract_signed_pdf where tenant_id = ?", Long.class, firms.firmA)));

        assertThat(seen).containsOnly(0L);
        assertThat(firms.as(firms.adminOfA(), () -> evidenceRepository.findById(evidenceOfA))).isPresent();
        assertThat(firms.as(firms.adminOfA(), () -> signedPdfRepository.findById(signedPdfOfA))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"contract_signing_event", "contract_signed_pdf", "contract_terms_history"})
    void noFirmMayChangeSigningEvidenceOrASignedPdf(String table) {
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> jdbc.update("update " + table
                + " set version = version + 1")))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void firmBFindsNoneOfFirmAsKeysOrSeals() {
        List<Long> seen = firms.as(firms.adminOfB(), () -> List.of(
                (long) keyRepository.findAll().size(),
                (long) sealRepository.findAll().size(),
                keyRepository.findById(sealedByA.keyId()).isPresent() ? 1L : 0L,
                sealRepository.findById(sealedByA.sealId()).isPresent() ? 1L : 0L,
                em.createQuery("select count(k) from ContractSealKey k", Long.class).getSingleResult(),
                em.createQuery("select count(s) from ContractSeal s", Long.class).getSingleResult(),
                jdbc.queryForObject("select count(*) from contract_seal_key where tenant_id = ?", Long.class, firms.firmA),
                jdbc.queryForObject("select count(*) from contract_seal where tenant_id = ?", Long.class, firms.firmA)));

        assertThat(seen).containsOnly(0L);
        assertThat(firms.as(firms.adminOfA(), () -> em.find(ContractSealKey.class, sealedByA.keyId()))).isNotNull();
        assertThat(firms.as(firms.adminOfA(), () -> em.find(ContractSeal.class, sealedByA.sealId()))).isNotNull();
    }

    @Test
    void firmBCannotChangeFirmAsRows() {
        int changed = firms.as(firms.adminOfB(), () ->
                jdbc.update("update contract_seal_key set active = false, retired_at = now() where id = ?", sealedByA.keyId())
                        + jdbc.update("update contract_seal set sealed_sha256 = repeat('0', 64) where id = ?", sealedByA.sealId())
                        + em.createQuery("update ContractSeal s set s.version = s.version + 1 where s.id = :id")
                                .setParameter("id", sealedByA.sealId()).executeUpdate());

        assertThat(changed).isZero();
        assertThat(firms.as(Scope.system(firms.firmA), () -> seals.verify(sealedByA.pdf())).status())
                .isEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"contract_seal_key", "contract_seal", "contract_signing_event", "contract_signed_pdf",
            "contract_terms_history"})
    void noFirmMayDeleteKeysOrSealRecords(String table) {
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> jdbc.update("delete from " + table)))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void firmBCannotSmuggleAKeyIntoFirmA() {
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> jdbc.update("""
                insert into contract_seal_key (tenant_id, id, algorithm, certificate, certificate_sha256,
                  encrypted_private_key, key_encryption_key_id, active, created_at)
                values (?, ?, 'EC_P256', '\\x00', repeat('a', 64), '\\x00', '0000000000000000', false, now())""",
                firms.firmA, UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
    }

    @Test
    void aSealRecordCannotPointAtAnotherFirmsKey() {
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> jdbc.update("""
                insert into contract_seal (tenant_id, id, key_id, verification_code, contract_title, document_sha256,
                  sealed_sha256, sealed_at, signatories)
                values (?, ?, ?, 'AAAA-BBBB-CCCC-DDDD', 'x', repeat('a', 64), repeat('b', 64), now(), '')""",
                firms.firmB, UUID.randomUUID(), sealedByA.keyId())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("contract_seal_key_fk");
    }

    @Test
    void withoutAFirmNoKeyIsVisible() {
        Long outside = TenantContext.callIn(Scope.person("nobody-" + UUID.randomUUID(), false),
                () -> tx.execute(s -> jdbc.queryForObject("select count(*) from contract_seal_key", Long.class)));

        assertThat(outside).isZero();
    }
}
