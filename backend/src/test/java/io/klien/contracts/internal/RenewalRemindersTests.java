package io.klien.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractRenewalReminders;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.ContractSigning;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningFixture;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.NotificationOutcome;
import io.klien.notifications.Notifications;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renewal reminders on PostgreSQL, asked for at fixed moments of the firm's calendar (as the reminder run asks with
 * the firm's now): from the firm's number of days before a fixed term's end or an auto-renewing term's notice
 * deadline until that day, to whoever drafted the contract and the firm's signatory, once per contract and deadline.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalRemindersTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ContractTemplates templates;
    @Autowired Contracts contracts;
    @Autowired ContractSigning signing;
    @Autowired ContractRenewalReminders settings;
    @Autowired ContractRenewalReminderSource source;
    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    TwoFirms firms;
    SigningFixture ceremony;
    UUID template;
    LocalDate today = LocalDate.of(2026, 12, 6);

    @BeforeAll
    void aFirmWhoseStaffDoNotWantTheseByMail() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        ceremony = new SigningFixture(signing, memberships, jdbc, tx);
        template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst().templateId();
        // in-app only: these tests have no mail server
        firms.as(firms.staffOfA(), () -> notifications.setEmail(NotificationKind.CONTRACT_RENEWAL_DUE, false));
        firms.as(firms.adminOfA(), () -> notifications.setEmail(NotificationKind.CONTRACT_RENEWAL_DUE, false));
    }

    /** Drafted by the admin, signed by the staff member for the firm. */
    ContractView signed(Term term) {
        ContractTerms t = firms.as(firms.staffOfA(), () -> templates.current(template)).definition().terms();
        ContractTerms terms = new ContractTerms(t.scope(), t.fee(), t.payment(), term, t.quotas(), t.penalties(),
                t.termination(), t.confidential(), t.exclusive());
        ContractView sent = firms.as(firms.adminOfA(), () -> contracts.send(contracts.draft(firms.clientA1, template,
                new ContractDraft("Retainer " + UUID.randomUUID(), null, terms,
                        List.of(SignatoryChoice.firmMember(firms.staffA)), SigningOrder.PARALLEL,
                        LocalDate.now().plusDays(30))).id()));
        return ceremony.sign(firms.staffOfA(), sent.id(), sent.signatories().getFirst().id(), "Staff A");
    }

    List<NewNotification> dueOn(ContractView contract, LocalDate day) {
        return firms.asSystem(firms.firmA, () -> source.remindersDue(day.atTime(9, 0).atZone(ZoneOffset.UTC)))
                .stream().filter(n -> n.link().equals("contracts/" + contract.id())).toList();
    }

    @Test
    void aFixedTermIsRemindedFromThirtyDaysBeforeItsEndUntilItsEndToTheDrafterAndTheFirmSignatory() {
        LocalDate end = today.plusYears(1);
        ContractView contract = signed(Term.fixed(today.minusMonths(1), end));

        assertThat(dueOn(contract, end.minusDays(31))).isEmpty();
        List<NewNotification> first = dueOn(contract, end.minusDays(30));
        assertThat(first).extracting(NewNotification::recipient).containsExactly(firms.adminA, firms.staffA);
        assertThat(first).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CONTRACT_RENEWAL_DUE);
            assertThat(n.messageKey()).isEqualTo("contracts.notice.renewal-due.ends");
            assertThat(n.arguments().getFirst()).isEqualTo(contract.title());
            assertThat(n.dedupeKey()).isEqualTo("contract-renewal:" + contract.id() + ":" + end);
        });
        assertThat(dueOn(contract, end)).extracting(NewNotification::dedupeKey)
                .containsOnly("contract-renewal:" + contract.id() + ":" + end);
        assertThat(dueOn(contract, end.plusDays(1))).isEmpty();
    }

    @Test
    void anAutoRenewingTermIsRemindedBeforeItsNoticeDeadlineNotItsEnd() {
        LocalDate end = today.plusYears(1);
        LocalDate deadline = end.minusDays(60);
        ContractView contract = signed(Term.autoRenewing(today.minusMonths(1), end, 12, 60));

        assertThat(dueOn(contract, deadline.minusDays(31))).isEmpty();
        assertThat(dueOn(contract, deadline.minusDays(30))).isNotEmpty().allSatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("contracts.notice.renewal-due.notice");
            assertThat(n.dedupeKey()).isEqualTo("contract-renewal:" + contract.id() + ":" + deadline);
        });
        assertThat(dueOn(contract, deadline)).isNotEmpty();
        assertThat(dueOn(contract, deadline.plusDays(1))).as("too late to give notice").isEmpty();
    }

    @Test
    void eachPersonIsRemindedOncePerContractAndDeadlineHoweverOftenTheRunAsks() {
        LocalDate end = today.plusMonths(6);
        ContractView contract = signed(Term.fixed(today.minusMonths(6), end));

        for (LocalDate day : List.of(end.minusDays(30), end.minusDays(29), end.minusDays(2))) {
            List<NotificationOutcome> outcomes = firms.asSystem(firms.firmA,
                    () -> dueOn(contract, day).stream().map(notifications::notify).toList());
            assertThat(outcomes).hasSize(2).containsOnly(day.equals(end.minusDays(30))
                    ? NotificationOutcome.RECORDED : NotificationOutcome.ALREADY_RECORDED);
        }
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from notification where link = ?", Long.class, "contracts/" + contract.id())))
                .isEqualTo(2L);
    }

    @Test
    void theFirmChoosesHowManyDaysAheadAndOnlyItsAdminMay() {
        TwoFirms own = new TwoFirms(tenants, memberships, clients, tx);
        assertThat(own.as(own.staffOfA(), () -> settings.reminderDays())).isEqualTo(30);
        assertThatThrownBy(() -> own.as(own.staffOfA(), () -> settings.remindDaysBefore(60)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> own.as(own.adminOfA(), () -> settings.remindDaysBefore(0)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("contracts.renewal-reminder.days-range"));

        assertThat(own.as(own.adminOfA(), () -> settings.remindDaysBefore(60))).isEqualTo(60);
        assertThat(own.as(own.staffOfA(), () -> settings.reminderDays())).isEqualTo(60);
        assertThat(firms.as(firms.staffOfA(), () -> settings.reminderDays())).as("another firm").isEqualTo(30);

        UUID ownTemplate = own.as(own.staffOfA(), () -> templates.list()).getFirst().templateId();
        ContractTerms t = own.as(own.staffOfA(), () -> templates.current(ownTemplate)).definition().terms();
        LocalDate end = today.plusYears(1);
        ContractView sent = own.as(own.staffOfA(), () -> contracts.send(contracts.draft(own.clientA1, ownTemplate,
                new ContractDraft("Sixty days " + UUID.randomUUID(), null, new ContractTerms(t.scope(), t.fee(),
                        t.payment(), Term.fixed(today, end), t.quotas(), t.penalties(), t.termination(),
                        t.confidential(), t.exclusive()), List.of(SignatoryChoice.firmMember(own.staffA)),
                        SigningOrder.PARALLEL, LocalDate.now().plusDays(30))).id()));
        ContractView contract = ceremony.sign(own.staffOfA(), sent.id(), sent.signatories().getFirst().id(),
                "Staff A");
        java.util.function.Function<LocalDate, List<NewNotification>> due = day -> own.asSystem(own.firmA,
                () -> source.remindersDue(day.atStartOfDay(ZoneOffset.UTC))).stream()
                .filter(n -> n.link().equals("contracts/" + contract.id())).toList();
        assertThat(due.apply(end.minusDays(61))).isEmpty();
        assertThat(due.apply(end.minusDays(60))).singleElement()
                .satisfies(n -> assertThat(n.recipient()).isEqualTo(own.staffA));
    }
}
