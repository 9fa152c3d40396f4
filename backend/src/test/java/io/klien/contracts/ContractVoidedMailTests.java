package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.ClientKind;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sent contract that is voided, withdrawn or replaced by an edit, tells everyone who was asked to sign it, once
 * each and with the reason, over SMTP to GreenMail; the voided version can no longer be signed.
 */
@SpringBootTest
@Import(SigningMailServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractVoidedMailTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;
    @Autowired ContractSigning signing;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired GreenMail greenMail;

    TwoFirms firms;
    SigningFixture ceremony;
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String budiEmail = "budi-v-" + suffix + "@maju.test";
    String sariEmail = "sari-v-" + suffix + "@maju.test";
    String staffEmail;
    UUID budiContact;
    UUID sariContact;
    UUID template;

    @BeforeAll
    void aFirmWithTwoClientContacts() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        ceremony = new SigningFixture(signing, memberships, jdbc, tx);
        budiContact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", budiEmail, null, "Director"), true).id());
        sariContact = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Sari Dewi", sariEmail, null, "Commissioner"), false).id());
        template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst().templateId();
        staffEmail = firms.staffA + "@a.test";
    }

    ContractDraft draft(String title, SigningOrder order, SignatoryChoice... who) {
        LocalDate today = LocalDate.now();
        ContractTerms t = TermsRulesTests.goodTerms();
        ContractTerms terms = new ContractTerms(t.scope(), t.fee(), t.payment(),
                Term.fixed(today, today.plusYears(1)), t.quotas(), t.penalties(), t.termination(), true, false);
        return new ContractDraft(title, null, terms, List.of(who), order, today.plusDays(30));
    }

    ContractView sent(ContractDraft draft) {
        return firms.as(firms.staffOfA(), () -> contracts.send(contracts.draft(firms.clientA1, template, draft).id()));
    }

    @Test
    void aWithdrawnContractTellsEachInvitedSignatoryOnceWithTheReason() throws Exception {
        String title = "Withdrawn " + suffix;
        // in sequence: Budi's turn has come, Sari's has not; the firm's signatory is told in any case
        ContractView contract = sent(draft(title, SigningOrder.SEQUENTIAL, SignatoryChoice.clientContact(budiContact),
                SignatoryChoice.clientContact(sariContact), SignatoryChoice.firmMember(firms.staffA)));

        firms.as(firms.staffOfA(), () -> contracts.voidContract(contract.id(), "Fee agreed by phone instead"));

        String subject = "Cancelled: \"" + title + "\"";
        MimeMessage toBudi = SigningMailServer.await(greenMail, budiEmail, subject, 1);
        assertThat(String.valueOf(toBudi.getContent())).contains("Hello Budi Santoso")
                .contains("withdrew the contract").contains("Reason: Fee agreed by phone instead");
        SigningMailServer.await(greenMail, staffEmail, subject, 1);
        Thread.sleep(1000);
        assertThat(SigningMailServer.mailsTo(greenMail, budiEmail, subject)).as("once").hasSize(1);
        assertThat(SigningMailServer.mailsTo(greenMail, staffEmail, subject)).as("once").hasSize(1);
        assertThat(SigningMailServer.mailsTo(greenMail, sariEmail, subject)).as("never asked to sign").isEmpty();
    }

    @Test
    void revisingASentContractVoidsItTellsEveryoneAndStartsALinkedDraftWithTheChanges() throws Exception {
        String title = "Revised " + suffix;
        ContractDraft first = draft(title, SigningOrder.PARALLEL, SignatoryChoice.clientContact(budiContact),
                SignatoryChoice.clientContact(sariContact));
        ContractView contract = sent(first);
        Fee fee = first.terms().fee();
        Fee higher = Fee.monthlyRetainer(Money.of(30_000_000, "IDR"));
        ContractTerms changed = new ContractTerms(first.terms().scope(), higher, first.terms().payment(),
                first.terms().term(), first.terms().quotas(), first.terms().penalties(), first.terms().termination(),
                true, false);

        ContractView next = firms.as(firms.staffOfA(), () -> contracts.revise(contract.id(), contract.version(),
                new ContractDraft(title, null, changed, first.signatories(), SigningOrder.PARALLEL,
                        first.expiresOn())));

        ContractView voided = firms.as(firms.staffOfA(), () -> contracts.get(contract.id()));
        assertThat(voided.status()).isEqualTo(ContractStatus.VOIDED);
        assertThat(voided.voidReason()).isNotBlank();
        assertThat(voided.replacedBy()).isEqualTo(next.id());
        assertThat(voided.terms().fee()).isEqualTo(fee);
        assertThat(next.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(next.lineageId()).isEqualTo(contract.lineageId());
        assertThat(next.revision()).isEqualTo(contract.revision() + 1);
        assertThat(next.terms().fee()).isEqualTo(higher);
        assertThat(next.signatories()).extracting(SignatoryView::name)
                .containsExactly("Budi Santoso", "Sari Dewi");

        String subject = "Cancelled: \"" + title + "\"";
        for (String address : List.of(budiEmail, sariEmail)) {
            MimeMessage mail = SigningMailServer.await(greenMail, address, subject, 1);
            assertThat(String.valueOf(mail.getContent())).contains("changed the contract after sending it")
                    .contains("A new version replaces this one");
        }
        Thread.sleep(1000);
        assertThat(SigningMailServer.mailsTo(greenMail, budiEmail, subject)).hasSize(1);
        assertThat(SigningMailServer.mailsTo(greenMail, sariEmail, subject)).hasSize(1);
    }

    @Test
    void aDeclineTellsTheOthersWhoDeclinedAndWhy() throws Exception {
        String title = "Declined " + suffix;
        ContractView contract = sent(draft(title, SigningOrder.PARALLEL, SignatoryChoice.clientContact(budiContact),
                SignatoryChoice.firmMember(firms.staffA)));
        UUID firmRow = contract.signatories().stream().filter(s -> s.side() == SignatorySide.FIRM).findFirst()
                .orElseThrow().id();

        firms.as(firms.staffOfA(), () -> signing.decline(contract.id(), firmRow, "The fee is too low"));

        MimeMessage toBudi = SigningMailServer.await(greenMail, budiEmail, "Cancelled: \"" + title + "\"", 1);
        assertThat(String.valueOf(toBudi.getContent())).contains("Staff A declined to sign. Reason: The fee is too low");
    }

    @Test
    void theMailSpeaksTheFirmsLanguage() throws Exception {
        String slug = "kantor-" + suffix;
        UUID firm = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm(slug,
                "Kantor Hukum " + suffix, TenantKind.LAW_FIRM, "id", "Asia/Jakarta")).id());
        String staff = "staf-" + UUID.randomUUID();
        String dewiEmail = "dewi-" + suffix + "@kantor.test";
        firms.asSystem(firm, () -> memberships.add(new NewMember(staff, staff + "@kantor.test", "Staf", FirmRole.STAFF,
                null, MembershipStatus.ACTIVE)));
        UUID client = firms.asSystem(firm, () -> clients.create("PT Klien " + suffix, ClientKind.ORGANIZATION).id());
        Scope staffScope = Scope.member(firm, staff, "STAFF", null, false);
        UUID dewi = firms.as(staffScope, () -> clientContacts.addContact(client,
                new ContactDetails("Dewi Lestari", dewiEmail, null, null), true).id());
        UUID idTemplate = firms.as(staffScope, () -> templates.list()).getFirst().templateId();
        String title = "Perjanjian " + suffix;
        ContractView contract = firms.as(staffScope, () -> contracts.send(contracts.draft(client, idTemplate,
                draft(title, SigningOrder.PARALLEL, SignatoryChoice.clientContact(dewi))).id()));

        firms.as(staffScope, () -> contracts.voidContract(contract.id(), "Biaya berubah"));

        MimeMessage mail = SigningMailServer.await(greenMail, dewiEmail, "Dibatalkan: \"" + title + "\"", 1);
        assertThat(String.valueOf(mail.getContent())).contains("Halo Dewi Lestari")
                .contains("menarik kontrak ini. Alasan: Biaya berubah");
    }

    @Test
    void nobodyCanSignTheVoidedVersion() {
        ContractView contract = sent(draft("Not signable " + suffix, SigningOrder.PARALLEL,
                SignatoryChoice.firmMember(firms.staffA)));
        firms.as(firms.staffOfA(), () -> contracts.voidContract(contract.id(), "Sent by mistake"));

        Scope staff = firms.staffOfA();
        assertThatThrownBy(() -> ceremony.sign(staff, contract.id(), contract.signatories().getFirst().id(),
                "Staff A")).isInstanceOf(DomainException.class);
        ContractView after = firms.as(staff, () -> contracts.get(contract.id()));
        assertThat(after.status()).isEqualTo(ContractStatus.VOIDED);
        assertThat(after.signatories()).allSatisfy(s -> assertThat(s.status()).isEqualTo(SignatoryStatus.PENDING));
    }
}
