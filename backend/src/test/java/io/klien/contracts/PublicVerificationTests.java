package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.klien.clients.Clients;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Verification by someone who has not signed in, or who works in another firm than the one that sealed. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicVerificationTests {

    @Autowired PublicVerification verification;
    @Autowired ContractSeals seals;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;

    TwoFirms firms;
    SealedContract sealed;

    @BeforeAll
    void sealAContractOfFirmA() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        sealed = firms.as(firms.staffOfA(), () -> seals.seal(SampleContracts.engagementLetter("Perjanjian Publik", 2)));
    }

    @Test
    void anyoneWithoutSigningInLearnsThatTheSealedPdfIsAnOriginalOfTheFirmThatSealedIt() {
        assertThat(TenantContext.current()).isEmpty();

        PublicSealCheck check = verification.verify(sealed.pdf());

        assertThat(check.verification().status()).isEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(check.sealedBy()).isEqualTo(firms.firmA);
        assertThat(check.verification().signatories()).hasSize(3);
    }

    @Test
    void aMemberOfAnotherFirmGetsTheTruthAboutAnotherFirmsSealAndKeepsTheirOwnFirm() {
        PublicSealCheck check = TenantContext.callIn(firms.adminOfB(), () -> verification.verify(sealed.pdf()));

        assertThat(check.verification().status()).isEqualTo(SealStatus.UNTOUCHED_ORIGINAL);
        assertThat(check.sealedBy()).isEqualTo(firms.firmA);
        assertThat(TenantContext.callIn(firms.adminOfB(), () -> TenantContext.acting().tenantId()))
                .isEqualTo(firms.firmB);
    }

    @Test
    void appendedBytesAreModifiedAndStillNameTheSealingFirm() {
        byte[] pdf = Arrays.copyOf(sealed.pdf(), sealed.pdf().length + 10);
        System.arraycopy("\n%%EOF \n\n\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, sealed.pdf().length, 10);

        PublicSealCheck check = verification.verify(pdf);

        assertThat(check.verification().status()).isEqualTo(SealStatus.MODIFIED);
        assertThat(check.verification().finding()).isEqualTo(SealFinding.CONTENT_AFTER_SEAL);
        assertThat(check.sealedBy()).isEqualTo(firms.firmA);
        assertThat(check.verification().signatories()).isEmpty();
    }

    @Test
    void bytesThatAreNoPdfNameNoFirm() {
        PublicSealCheck check = verification.verify("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII));

        assertThat(check.verification().status()).isEqualTo(SealStatus.NOT_KLIEN_DOCUMENT);
        assertThat(check.sealedBy()).isNull();
    }

    @Test
    void aCodeIsFoundOnlyOnThePageOfTheFirmThatSealed() {
        assertThat(verification.lookUp(firms.firmA, sealed.verificationCode())).hasValueSatisfying(record ->
                assertThat(record.documentSha256()).isEqualTo(sealed.documentSha256()));
        assertThat(verification.lookUp(firms.firmB, sealed.verificationCode())).isEmpty();
        assertThat(verification.lookUp(firms.firmA, sealed.verificationCode() + "x".repeat(40))).isEmpty();
    }

    @Test
    void aFirmIsFoundByItsSlugForItsPublicPageOnlyWhileActive() {
        TenantView firmA = TenantContext.callIn(Scope.system(null), () -> tenants.find(firms.firmA)).orElseThrow();

        assertThat(tenants.findPublic(firmA.slug())).map(TenantView::id).contains(firms.firmA);
        assertThat(tenants.findPublic("no-such-firm-" + firmA.slug())).isEmpty();
        assertThat(tenants.findPublic("../" + firmA.slug())).isEmpty();
    }
}
