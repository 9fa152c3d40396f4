package io.klien.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.klien.contracts.SampleContracts;
import io.klien.contracts.SealFinding;
import io.klien.shared.tenant.TenantOwnedEntity;
import org.junit.jupiter.api.Test;

/** The production inspector on seals made in memory: what it reads back is what the sealer wrote. */
class SealInspectorTests {

    final SealKeyFactory factory = new SealKeyFactory(new KeyEncryption(KeyEncryptionTests.SECRET));
    final UUID firm = UUID.randomUUID();

    @Test
    void anIntactSealNamesItsCertificateTimeAndCode() throws Exception {
        SealKeyMaterial material = factory.generate(firm, "Firma Contoh", Instant.now());
        ContractSealKey key = ContractSealKey.active(material, Instant.now());
        var field = TenantOwnedEntity.class.getDeclaredField("tenantId");
        field.setAccessible(true);
        field.set(key, firm);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var contract = SampleContracts.engagementLetter("Perjanjian", 2);
        byte[] signed = ContractRenderer.signedDocument(contract);
        byte[] sealed = PadesSealer.seal(ContractRenderer.withCertificate(signed, contract, Sha256.hex(signed),
                "ABCD-EFGH-JKMN-PQRS", at), factory.identity(key), "Firma Contoh", "test", at);

        SealInspector.Inspection inspection = SealInspector.inspect(sealed);

        assertThat(inspection.problem()).as("%s", inspection).isNull();
        assertThat(inspection.certificate()).isEqualTo(material.certificate());
        assertThat(inspection.sealedAt()).isEqualTo(at);
        assertThat(inspection.verificationCode()).isEqualTo("ABCD-EFGH-JKMN-PQRS");
        assertThat(SealClaims.firmNamedIn(sealed)).as("the firm its certificate names").contains(firm);
        sealed[sealed.length / 3] ^= 1;
        assertThat(SealInspector.inspect(sealed).problem()).isIn(SealFinding.SIGNATURE_MISMATCH, SealFinding.NOT_A_PDF);
    }

    @Test
    void verificationCodesAreReadForgivingly() {
        assertThat(ContractSealing.normalizeCode(" abcd efgh-jkmn pqrs ")).isEqualTo("ABCD-EFGH-JKMN-PQRS");
        assertThat(ContractSealing.normalizeCode("oooo-iiii-llll-0000")).isEqualTo("0000-1111-1111-0000");
        assertThat(ContractSealing.normalizeCode("UUUU-UUUU-UUUU-UUUU")).isNull();
        assertThat(ContractSealing.normalizeCode("ABCD")).isNull();
    }
}
