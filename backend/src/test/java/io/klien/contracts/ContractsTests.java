package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import io.klien.shared.tenant.TenantContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Contracts on PostgreSQL: templates, the state machine, approval, signing order and who sees what. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractsTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ContractSigning signing;

    TwoFirms firms;
    SigningFixture ceremony;
    Scope budi;
    Scope sari;
    UUID contactA;
    UUID contactB;
    UUID templateA;

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        contactA = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", "budi@maju.test", null, "Director"), true).id());
        contactB = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Sari Dewi", "sari@maju.test", null, "Commissioner"), false).id());
        templateA = firms.as(firms.staffOfA(), () -> templates.list()).getFirst().templateId();
        ceremony = new SigningFixture(signing, memberships, jdbc, tx);
        budi = ceremony.clientUser(firms.firmA, firms.clientA1, "budi@maju.test", "Budi Santoso");
        sari = ceremony.clientUser(firms.firmA, firms.clientA1, "sari@maju.test", "Sari Dewi");
    }

    ContractDraft draft(SigningOrder order, ContractTerms terms, SignatoryChoice... who) {
        return new ContractDraft(null, null, terms, List.of(who), order, LocalDate.now().plusDays(30));
    }

    ContractTerms terms() {
        LocalDate start = LocalDate.now();
        ContractTerms t = TermsRulesTests.goodTerms();
        return new ContractTerms(t.scope(), t.fee(), t.payment(), Term.autoRenewing(start, start.plusYears(1), 12, 30),
                t.quotas(), t.penalties(), t.termination(), true, false);
    }

    ContractView sentContract(SigningOrder order) {
        return firms.as(firms.staffOfA(), () -> {
            ContractView draft = contracts.draft(firms.clientA1, templateA, draft(order, terms(),
                    SignatoryChoice.clientContact(contactA), SignatoryChoice.clientContact(contactB),
                    SignatoryChoice.firmMember(firms.staffA)));
            return contracts.send(draft.id());
        });
    }

    Scope clientUserOf(UUID client) {
        return Scope.member(firms.firmA, "client-" + UUID.randomUUID(), "CLIENT", client, false);
    }

    @Test
    void aFirmStartsWithTheTemplateForItsKindInItsLanguage() {
        UUID firm = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm(
                "studio-" + UUID.randomUUID().toString().substring(0, 8), "Studio Kreatif", TenantKind.DESIGN_STUDIO,
                "id", "Asia/Jakarta")).id());
        Scope admin = Scope.member(firm, "admin-" + UUID.randomUUID(), "TENANT_ADMIN", null, false);

        List<ContractTemplateView> seeded = firms.as(admin, () -> templates.list());

        assertThat(seeded).singleElement().satisfies(t -> {
            assertThat(t.definition().name()).isEqualTo("Perjanjian proyek desain");
            assertThat(t.definition().body()).startsWith("# Perjanjian Proyek Desain");
            assertThat(t.definition().terms().fee().model()).isEqualTo(FeeModel.MILESTONES);
            assertThat(t.definition().terms().quotas().getFirst().unit()).isEqualTo(Quota.Unit.REVISION_ROUNDS);
        });
        assertThat(firms.as(admin, () -> templates.list())).hasSize(1);
    }

    @Test
    void aNewFirmGetsItsStartingTemplateWhenItIsCreated() throws InterruptedException {
        UUID firm = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm(
                "agency-" + UUID.randomUUID().toString().substring(0, 8), "Agensi Kita", TenantKind.MARKETING_AGENCY,
                "en", "Asia/Jakarta")).id());

        long seeded = 0;
        for (int i = 0; i < 100 && seeded == 0; i++) {
            Thread.sleep(100);
            seeded = firms.asSystem(firm, () -> jdbc.queryForObject(
                    "select count(*) from contract_template_version v join contract_template t"
                            + " on t.tenant_id = v.tenant_id and t.id = v.template_id"
                            + " where t.seed_key = 'contract-MARKETING_AGENCY' and v.name = 'Agency retainer'",
                    Long.class));
        }

        assertThat(seeded).isEqualTo(1);
        Scope admin = Scope.member(firm, "admin-" + UUID.randomUUID(), "TENANT_ADMIN", null, false);
        assertThat(firms.as(admin, () -> templates.list())).singleElement()
                .satisfies(t -> assertThat(t.definition().terms().fee().model()).isEqualTo(FeeModel.MONTHLY_RETAINER));
    }

    @Test
    void aTemplateEditIsANewVersionAndDraftedContractsKeepTheirCopy() {
        ContractView drafted = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, templateA,
                draft(SigningOrder.PARALLEL, terms(), SignatoryChoice.clientContact(contactA))));
        ContractTemplateView before = firms.as(firms.adminOfA(), () -> templates.current(templateA));

        ContractTemplateView edited = firms.as(firms.adminOfA(), () -> templates.save(templateA, before.revision(),
                new ContractTemplateDefinition(before.definition().name(), before.definition().serviceLine(),
                        before.definition().body() + "\n\nAn added clause for {{client.name}}.",
                        before.definition().terms())));

        assertThat(edited.number()).isEqualTo(before.number() + 1);
        assertThat(firms.as(firms.staffOfA(), () -> contracts.get(drafted.id())).body())
                .isEqualTo(before.definition().body().strip()).doesNotContain("An added clause");
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> templates.save(templateA, before.revision(),
                before.definition()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("contracts.template.stale"));
    }

    @Test
    void aTemplateWithAScriptTagOrUnknownFieldIsRefusedAndNothingSaved() {
        ContractTemplateView current = firms.as(firms.adminOfA(), () -> templates.current(templateA));
        int versions = firms.as(firms.adminOfA(), () -> templates.versions(templateA)).size();

        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> templates.save(templateA, current.revision(),
                new ContractTemplateDefinition("Bad", null, "Hello <script>alert(1)</script>",
                        current.definition().terms())))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("contracts.template.raw-html"));
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> templates.create(new ContractTemplateDefinition(
                "Bad", null, "Dear {{client.title}}", current.definition().terms()))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.arguments()).contains("client.title"));
        assertThat(firms.as(firms.adminOfA(), () -> templates.versions(templateA))).hasSize(versions);
    }

    @Test
    void thePreviewMergesTheClientAndEscapesWhatItTyped() {
        UUID client = firms.asSystem(firms.firmA, () -> clients.create("<b>Bold</b> & Sons", io.klien.clients
                .ClientKind.ORGANIZATION).id());
        ContractView drafted = firms.as(firms.staffOfA(), () -> contracts.draft(client, templateA,
                new ContractDraft("Letter", "Dear {{client.name}}, fee {{terms.fee}}.", terms(), List.of(),
                        SigningOrder.PARALLEL, LocalDate.now().plusDays(10))));

        String html = firms.as(firms.staffOfA(), () -> contracts.preview(drafted.id()));

        assertThat(html).contains("&lt;b&gt;Bold&lt;/b&gt; &amp; Sons", "15,000,000").doesNotContain("<b>");
    }

    @Test
    void anEditAfterSendingVoidsTheSentVersionAndStartsANewDraft() {
        ContractView sent = sentContract(SigningOrder.PARALLEL);

        ContractView next = firms.as(firms.staffOfA(), () -> contracts.revise(sent.id(), sent.version(),
                draft(SigningOrder.PARALLEL, terms(), SignatoryChoice.clientContact(contactA))));

        ContractView voided = firms.as(firms.staffOfA(), () -> contracts.get(sent.id()));
        assertThat(voided.status()).isEqualTo(ContractStatus.VOIDED);
        assertThat(voided.replacedBy()).isEqualTo(next.id());
        assertThat(voided.body()).isEqualTo(sent.body());
        assertThat(next.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(next.lineageId()).isEqualTo(sent.lineageId());
        assertThat(next.revision()).isEqualTo(2);
        assertThat(actions(sent.id())).contains("contract.sent", "contract.voided");
        assertThat(actions(next.id())).contains("contract.drafted");
    }

    @Test
    void nobodySignsAVoidedOrExpiredContract() {
        ContractView voided = sentContract(SigningOrder.PARALLEL);
        firms.as(firms.staffOfA(), () -> contracts.voidContract(voided.id(), "Client changed its mind"));

        assertThatThrownBy(() -> ceremony.sign(budi, voided.id(), voided.signatories().getFirst().id(), "Budi"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.sign.voided"));

        ContractView expiring = sentContract(SigningOrder.PARALLEL);
        firms.asSystem(firms.firmA, () -> jdbc.update("update contract set expires_on = ? where id = ?",
                java.sql.Date.valueOf(LocalDate.now().minusDays(1)), expiring.id()));
        assertThatThrownBy(() -> ceremony.sign(budi, expiring.id(), expiring.signatories().getFirst().id(), "Budi"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.sign.expired"));
        assertThat(firms.as(firms.staffOfA(), () -> contracts.get(expiring.id())).signatories())
                .allMatch(s -> s.status() == SignatoryStatus.PENDING);
    }

    @Test
    void sequentialSigningGoesInOrderThenTheContractIsInForce() {
        ContractView sent = sentContract(SigningOrder.SEQUENTIAL);
        List<SignatoryView> who = sent.signatories();

        assertThatThrownBy(() -> ceremony.sign(sari, sent.id(), who.get(1).id(), "Sari Dewi"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("contracts.sign.out-of-order");
                    assertThat(e.arguments()).containsExactly("Budi Santoso");
                });
        assertThat(ceremony.sign(budi, sent.id(), who.get(0).id(), "Budi Santoso").status())
                .isEqualTo(ContractStatus.PARTIALLY_SIGNED);
        assertThatThrownBy(() -> ceremony.sign(budi, sent.id(), who.get(1).id(), "Budi Santoso"))
                .as("one client user does not sign for another contact").isInstanceOf(AccessDeniedException.class);
        assertThat(ceremony.sign(sari, sent.id(), who.get(1).id(), "Sari Dewi").status())
                .isEqualTo(ContractStatus.PARTIALLY_SIGNED);
        assertThatThrownBy(() -> ceremony.sign(budi, sent.id(), who.get(2).id(), "Budi Santoso"))
                .isInstanceOf(AccessDeniedException.class);
        ContractView signed = ceremony.sign(firms.staffOfA(), sent.id(), who.get(2).id(), "Staff A");

        assertThat(signed.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(firms.as(firms.staffOfA(), () -> contracts.termsInForce(firms.clientA1))).isNotEmpty();
        assertThat(actions(sent.id())).contains("contract.signature-recorded", "contract.signed");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> contracts.revise(sent.id(), signed.version(),
                draft(SigningOrder.PARALLEL, terms(), SignatoryChoice.clientContact(contactA)))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.edit.not-draft"));

        ContractView ended = firms.as(firms.staffOfA(), () -> contracts.terminate(sent.id(), "Client moved abroad",
                LocalDate.now().plusDays(30)));
        assertThat(ended.status()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(actions(sent.id())).contains("contract.terminated");
    }

    @Test
    void aDraftAboveTheThresholdNeedsATenantAdminsApproval() {
        firms.as(firms.adminOfA(), () -> contracts.requireApprovalAbove(Money.of(100_000_000, "IDR")));
        try {
            ContractView draft = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, templateA,
                    draft(SigningOrder.PARALLEL, terms(), SignatoryChoice.clientContact(contactA))));
            assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> contracts.send(draft.id())))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("contracts.approval.required"));

            firms.as(firms.staffOfA(), () -> contracts.requestApproval(draft.id()));
            assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> contracts.approve(draft.id())))
                    .isInstanceOf(AccessDeniedException.class);
            ContractView rejected = firms.as(firms.adminOfA(), () -> contracts.reject(draft.id(), "Fee too low"));
            assertThat(rejected.status()).isEqualTo(ContractStatus.DRAFT);
            assertThat(rejected.rejectionReason()).isEqualTo("Fee too low");

            firms.as(firms.staffOfA(), () -> contracts.requestApproval(draft.id()));
            firms.as(firms.adminOfA(), () -> contracts.approve(draft.id()));
            assertThat(firms.as(firms.staffOfA(), () -> contracts.send(draft.id())).status())
                    .isEqualTo(ContractStatus.SENT);
            assertThat(actions(draft.id())).contains("contract.approval-requested", "contract.rejected",
                    "contract.approved", "contract.sent");

            ContractTerms small = TermsRulesTests.replaceFee(terms(), Fee.fixed(Money.of(5_000_000, "IDR")));
            ContractView cheap = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, templateA,
                    draft(SigningOrder.PARALLEL, small, SignatoryChoice.clientContact(contactA))));
            assertThat(firms.as(firms.staffOfA(), () -> contracts.send(cheap.id())).status())
                    .isEqualTo(ContractStatus.SENT);
        } finally {
            firms.as(firms.adminOfA(), () -> contracts.requireApprovalAbove(null));
        }
    }

    @Test
    void badTermsSaveNothing() {
        long before = firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from contract", Long.class));
        ContractTerms t = terms();
        ContractTerms endBeforeStart = new ContractTerms(t.scope(), t.fee(), t.payment(),
                Term.fixed(LocalDate.now(), LocalDate.now().minusDays(3)), t.quotas(), t.penalties(), t.termination(),
                false, false);

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, templateA,
                draft(SigningOrder.PARALLEL, endBeforeStart, SignatoryChoice.clientContact(contactA)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("term.end"));
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from contract", Long.class)))
                .isEqualTo(before);
    }

    @Test
    void clientUsersSeeOnlyTheirOwnClientsSentContracts() {
        ContractView draftOnly = firms.as(firms.staffOfA(), () -> contracts.draft(firms.clientA1, templateA,
                draft(SigningOrder.PARALLEL, terms(), SignatoryChoice.clientContact(contactA))));
        ContractView sent = sentContract(SigningOrder.PARALLEL);
        Scope ownClient = clientUserOf(firms.clientA1);
        Scope otherClient = clientUserOf(firms.clientA2);

        assertThat(firms.as(ownClient, () -> contracts.ofClient(firms.clientA1))).extracting(ContractView::id)
                .contains(sent.id()).doesNotContain(draftOnly.id());
        assertThatThrownBy(() -> firms.as(ownClient, () -> contracts.get(draftOnly.id())))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> firms.as(otherClient, () -> contracts.get(sent.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(otherClient, () -> contracts.ofClient(firms.clientA1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ceremony.sign(otherClient, sent.id(), sent.signatories().getFirst().id(), "Budi"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> contracts.get(sent.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.not-found"));
    }

    private List<String> actions(UUID contractId) {
        return firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all().withTargetType("contract"),
                PageRequest.of(0, 200))).getContent().stream()
                .filter(e -> contractId.toString().equals(e.targetId())).map(AuditEntryView::action).toList();
    }
}
