package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.contracts.internal.ContractSeal;
import io.klien.contracts.internal.ContractSealKey;
import io.klien.contracts.internal.ContractSealKeyRepository;
import io.klien.contracts.internal.ContractSealRepository;
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

    TwoFirms firms;
    SealedContract sealedByA;

    @BeforeAll
    void aSealOfFirmA() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        sealedByA = firms.as(firms.staffOfA(), () -> seals.seal(SampleContracts.engagementLetter("Perjanjian A", 1)));
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
    @ValueSource(strings = {"contract_seal_key", "contract_seal"})
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
