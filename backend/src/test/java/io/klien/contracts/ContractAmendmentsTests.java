package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.contracts.internal.ContractRows;
import io.klien.shared.DomainException;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Amendments on PostgreSQL: drafted from a contract in force with the terms they change, signed through the ceremony,
 * they change the original's current terms and leave a row in its terms history; refused for contracts that are not
 * in force; the history is the firm's own.
 */
@RecordApplicationEvents
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractAmendmentsTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;
    @Autowired ContractAmendments amendments;
    @Autowired ContractRenewals renewals;
    @Autowired ContractSigning signing;
    @Autowired ContractRows rows;
    @Autowired FirmTime time;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;

    TwoFirms firms;
    SigningFixture ceremony;
    UUID template;
    LocalDate today;

    static final Fee NEW_FEE = Fee.monthlyRetainer(Money.of(20_000_000, "IDR"));
    static final Termination NEW_TERMINATION = new Termination(60, Money.of(5_000_000, "IDR"));

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        ceremony = new SigningFixture(signing, memberships, jdbc, tx);
        template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst().templateId();
        today = time.today(firms.firmA);
    }

    ContractView sent() {
        ContractTerms t = TermsRulesTests.goodTerms();
        ContractTerms terms = new ContractTerms(t.scope(), t.fee(), t.payment(), Term.fixed(today, today.plusYears(1)),
                t.quotas(), t.penalties(), new Termination(30, Money.of(15_000_000, "IDR")), true, false);
        return firms.as(firms.staffOfA(), () -> contracts.send(contracts.draft(firms.clientA1, template,
                new ContractDraft("Bookkeeping " + UUID.randomUUID(), null, terms,
                        List.of(SignatoryChoice.firmMember(firms.staffA)), SigningOrder.PARALLEL,
                        today.plusDays(30))).id()));
    }

    /** Signed by the firm's staff member alone, in force from today. */
    ContractView signed() {
        ContractView sent = sent();
        return ceremony.sign(firms.staffOfA(), sent.id(), sent.signatories().getFirst().id(), "Staff A");
    }

    ContractView signedAmendment(ContractView draft) {
        ContractView out = firms.as(firms.staffOfA(), () -> contracts.send(draft.id()));
        return ceremony.sign(firms.staffOfA(), out.id(), out.signatories().getFirst().id(), "Staff A");
    }

    ContractView get(UUID id) {
        return firms.as(firms.staffOfA(), () -> contracts.get(id));
    }

    List<TermsAmendment> history(UUID id) {
        return firms.as(firms.staffOfA(), () -> amendments.history(id));
    }

    @Test
    void aSignedAmendmentBecomesTheContractsCurrentTermsAndIsKeptInItsHistory() {
        ContractView contract = signed();
        ContractTerms before = contract.terms();

        ContractView amendment = firms.as(firms.staffOfA(), () -> amendments.draftAmendment(contract.id(),
                TermChange.fee(NEW_FEE), TermChange.termination(NEW_TERMINATION)));

        assertThat(amendment.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(amendment.id()).isNotEqualTo(contract.id());
        assertThat(amendment.title()).isEqualTo("Amendment 1 to " + contract.title());
        assertThat(amendment.terms().fee()).isEqualTo(NEW_FEE);
        assertThat(amendment.terms().scope()).isEqualTo(before.scope());
        assertThat(amendment.signatories()).extracting(SignatoryView::name).containsExactly("Staff A");
        assertThat(firms.as(firms.staffOfA(), () -> amendments.changedBy(amendment.id())))
                .containsExactlyInAnyOrder(TermName.FEE, TermName.TERMINATION);
        assertThat(firms.as(firms.staffOfA(), () -> contracts.preview(amendment.id())))
                .contains(contract.title()).contains("Fee:").contains("Termination:").doesNotContain("Quota:");
        assertThat(get(contract.id()).terms()).as("unchanged until signed").isEqualTo(before);
        assertThat(history(contract.id())).isEmpty();

        ContractView signedAmendment = signedAmendment(amendment);
        assertThat(signedAmendment.status().inForce()).isTrue();

        ContractView amended = get(contract.id());
        assertThat(amended.status()).isEqualTo(contract.status());
        assertThat(amended.terms().fee()).isEqualTo(NEW_FEE);
        assertThat(amended.terms().termination()).isEqualTo(NEW_TERMINATION);
        assertThat(amended.terms().scope()).isEqualTo(before.scope());
        assertThat(amended.terms().term()).isEqualTo(before.term());
        assertThat(history(contract.id())).singleElement().satisfies(h -> {
            assertThat(h.contractId()).isEqualTo(contract.id());
            assertThat(h.amendmentId()).isEqualTo(amendment.id());
            assertThat(h.changed()).containsExactlyInAnyOrder(TermName.FEE, TermName.TERMINATION);
            assertThat(h.before()).isEqualTo(before);
            assertThat(h.after()).isEqualTo(amended.terms());
            assertThat(h.amendedBy()).isEqualTo(firms.staffA);
            assertThat(h.amendedAt()).isNotNull();
        });
        assertThat(events.stream(ContractAmended.class).filter(e -> e.contractId().equals(contract.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.tenantId()).isEqualTo(firms.firmA);
                    assertThat(e.amendmentId()).isEqualTo(amendment.id());
                    assertThat(e.changedTerms()).isEqualTo("FEE,TERMINATION");
                });
        assertThat(firms.as(firms.staffOfA(), () -> contracts.termsInForce(firms.clientA1)))
                .contains(amended.terms()).doesNotContain(before);
    }

    @Test
    void amendmentsDraftedSideBySideEachChangeOnlyTheirOwnTermsInTheOrderTheyAreSigned() {
        ContractView contract = signed();
        ContractTerms original = contract.terms();
        ContractView fee = firms.as(firms.staffOfA(), () -> amendments.draftAmendment(contract.id(),
                TermChange.fee(NEW_FEE)));
        ContractView exclusive = firms.as(firms.staffOfA(), () -> amendments.draftAmendment(contract.id(),
                TermChange.exclusive(true)));
        assertThat(exclusive.title()).startsWith("Amendment 2 to ");

        signedAmendment(fee);
        signedAmendment(exclusive);

        ContractTerms now = get(contract.id()).terms();
        assertThat(now.fee()).isEqualTo(NEW_FEE);
        assertThat(now.exclusive()).isTrue();
        List<TermsAmendment> history = history(contract.id());
        assertThat(history).extracting(TermsAmendment::amendmentId).containsExactly(fee.id(), exclusive.id());
        assertThat(history.get(0).before()).isEqualTo(original);
        assertThat(history.get(1).before().fee()).as("the first amendment's fee stays").isEqualTo(NEW_FEE);
        assertThat(history.get(1).changed()).containsExactly(TermName.EXCLUSIVE);
    }

    @Test
    void onlyAContractInForceCanBeAmendedAndTheRefusalSaysSo() {
        ContractView voided = sent();
        firms.as(firms.staffOfA(), () -> contracts.voidContract(voided.id(), "Sent by mistake"));
        ContractView terminated = signed();
        firms.as(firms.staffOfA(), () -> contracts.terminate(terminated.id(), "Client closed", today.plusDays(40)));
        ContractView unsigned = sent();

        for (ContractView refused : List.of(voided, terminated, unsigned)) {
            assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                    () -> amendments.draftAmendment(refused.id(), TermChange.fee(NEW_FEE))))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("contracts.amend.not-in-force"));
        }

        ContractView contract = signed();
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> amendments.draftAmendment(contract.id(),
                TermChange.fee(contract.terms().fee()))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.amend.no-change"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> amendments.draftAmendment(contract.id(),
                TermChange.fee(NEW_FEE), TermChange.fee(NEW_FEE))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.amend.term-twice"));
        ContractView amendment = signedAmendment(firms.as(firms.staffOfA(),
                () -> amendments.draftAmendment(contract.id(), TermChange.confidential(false))));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> amendments.draftAmendment(amendment.id(), TermChange.fee(NEW_FEE))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.amend.of-amendment"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> contracts.terminate(amendment.id(), "Only the addendum", today.plusDays(5))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.amend.terminate-original"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> renewals.draftRenewal(amendment.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.renew.not-renewable"));
        assertThat(history(terminated.id())).isEmpty();
    }

    @Test
    void anAmendmentEditedAfterSendingIsItsNextVersionAndNamesTheTermsItNowChanges() {
        ContractView contract = signed();
        ContractView sent = firms.as(firms.staffOfA(), () -> contracts.send(amendments.draftAmendment(contract.id(),
                TermChange.fee(NEW_FEE)).id()));
        ContractTerms t = sent.terms();
        ContractTerms alsoExclusive = new ContractTerms(t.scope(), t.fee(), t.payment(), t.term(), t.quotas(),
                t.penalties(), t.termination(), t.confidential(), true);

        ContractView next = firms.as(firms.staffOfA(), () -> contracts.revise(sent.id(), sent.version(),
                new ContractDraft(sent.title(), sent.body(), alsoExclusive,
                        List.of(SignatoryChoice.firmMember(firms.staffA)), SigningOrder.PARALLEL, sent.expiresOn())));

        assertThat(get(sent.id()).status()).isEqualTo(ContractStatus.VOIDED);
        assertThat(next.lineageId()).isEqualTo(sent.lineageId());
        assertThat(firms.as(firms.staffOfA(), () -> amendments.changedBy(next.id())))
                .containsExactlyInAnyOrder(TermName.FEE, TermName.EXCLUSIVE);
        signedAmendment(next);
        assertThat(get(contract.id()).terms().exclusive()).isTrue();
        assertThat(history(contract.id())).singleElement()
                .satisfies(h -> assertThat(h.amendmentId()).isEqualTo(next.id()));
    }

    @Test
    void anAmendmentCannotBeSignedOnceItsContractIsNoLongerInForce() {
        ContractView contract = signed();
        ContractView amendment = firms.as(firms.staffOfA(), () -> contracts.send(amendments.draftAmendment(
                contract.id(), TermChange.fee(NEW_FEE)).id()));
        firms.as(firms.staffOfA(), () -> contracts.terminate(contract.id(), "Ended early", today.plusDays(10)));

        assertThatThrownBy(() -> ceremony.sign(firms.staffOfA(), amendment.id(),
                amendment.signatories().getFirst().id(), "Staff A"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.amend.not-in-force"));
        assertThat(get(amendment.id()).status()).isEqualTo(ContractStatus.SENT);
        assertThat(get(contract.id()).terms().fee()).isEqualTo(contract.terms().fee());
        assertThat(history(contract.id())).isEmpty();
    }

    @Test
    void anotherFirmNeitherReadsNorWritesTheTermsHistory() {
        ContractView contract = signed();
        signedAmendment(firms.as(firms.staffOfA(), () -> amendments.draftAmendment(contract.id(),
                TermChange.fee(NEW_FEE))));
        UUID rowOfA = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from contract_terms_history where contract_id = ?", UUID.class, contract.id()));

        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> amendments.history(contract.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contracts.not-found"));
        List<Long> seen = firms.as(firms.adminOfB(), () -> List.of(
                rows.termsHistoryFound(rowOfA) ? 1L : 0L,
                rows.termsHistoryListed(),
                jdbc.queryForObject("select count(*) from contract_terms_history where tenant_id = ?", Long.class,
                        firms.firmA)));
        assertThat(seen).containsOnly(0L);
        assertThat(firms.as(firms.adminOfA(), () -> rows.termsHistoryFound(rowOfA))).isTrue();

        String insert = """
                insert into contract_terms_history (tenant_id, id, contract_id, amendment_id, changed_terms,
                  terms_before, terms_after, amended_at)
                values (?, ?, ?, ?, 'FEE', '{}', '{}', now())""";
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> jdbc.update(insert, firms.firmA, UUID.randomUUID(),
                contract.id(), contract.id())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> jdbc.update(insert, firms.firmB, UUID.randomUUID(),
                contract.id(), contract.id())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("contract_terms_history_contract_fk");
        for (String change : List.of("update contract_terms_history set changed_terms = 'SCOPE'",
                "delete from contract_terms_history")) {
            assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> jdbc.update(change)))
                    .as(change).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied");
        }

        Scope otherClientsUser = ceremony.clientUser(firms.firmA, firms.clientA2,
                "other-" + UUID.randomUUID() + "@sinar.test", "Other client");
        assertThatThrownBy(() -> firms.as(otherClientsUser, () -> amendments.history(contract.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Set.copyOf(history(contract.id()).getFirst().changed())).containsExactly(TermName.FEE);
    }
}
