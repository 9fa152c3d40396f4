package io.klien.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.klien.clients.Clients;
import io.klien.notifications.RecordingReminderSource.Call;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmLocalities;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import(NotificationTestBeans.class)
class ReminderRunTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ReminderRun run;
    @Autowired FirmLocalities localities;
    @Autowired RecordingReminderSource source;
    @Autowired CapturingMailSender mail;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        source.reset();
        mail.failing(false);
    }

    NewNotification dueTomorrow(String recipient, ZonedDateTime firmNow) {
        return NewNotification.of(recipient, NotificationKind.DUE_TOMORROW, "onboarding/1", "Intake form", "PT Maju Jaya")
                .withDedupeKey("reminder:step-1:" + firmNow.toLocalDate());
    }

    @Test
    void eachFirmIsSetExplicitlyForTheSourceAsSystemWorkInTheAppAndInPostgres() {
        run.sendReminders(List.of(firms.firmA, firms.firmB));

        assertThat(source.callsIn(Set.of(firms.firmA, firms.firmB))).extracting(Call::tenant)
                .containsExactly(firms.firmA, firms.firmB);
        assertThat(source.callsIn(Set.of(firms.firmA, firms.firmB))).allSatisfy(call -> {
            assertThat(call.system()).isTrue();
            assertThat(call.databaseTenant()).isEqualTo(String.valueOf(call.tenant()));
        });
        assertThat(TenantContext.current()).as("nothing stays bound afterwards").isEmpty();
    }

    @Test
    void theBuildingBlockRunsWorkPerFirmWithThatFirmSetAndKeepsGoingAfterAFailure() {
        List<UUID> seen = new CopyOnWriteArrayList<>();

        Set<UUID> failed = run.forEachTenant(List.of(firms.firmA, firms.firmB), tenant -> {
            seen.add(TenantContext.requireTenantId());
            if (tenant.equals(firms.firmA)) {
                throw new IllegalStateException("simulated");
            }
        });

        assertThat(seen).containsExactly(firms.firmA, firms.firmB);
        assertThat(failed).containsExactly(firms.firmA);
    }

    @Test
    void aReminderIsRecordedAndMailedOnceHoweverOftenTheRunAsks() {
        source.answer(firms.firmA, now -> List.of(dueTomorrow(firms.adminA, now)));

        ReminderRunSummary first = run.sendReminders(List.of(firms.firmA, firms.firmB));
        ReminderRunSummary second = run.sendReminders(List.of(firms.firmA, firms.firmB));

        assertThat(first).isEqualTo(new ReminderRunSummary(2, 1, 0, 0));
        assertThat(second).isEqualTo(new ReminderRunSummary(2, 0, 1, 0));
        assertThat(mail.sentTo(firms.adminA + "@a.test")).singleElement()
                .satisfies(m -> assertThat(m.subject()).endsWith("\"Intake form\" for PT Maju Jaya is due tomorrow."));
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from notification where recipient = ? and kind = 'DUE_TOMORROW'", Long.class, firms.adminA)))
                .isEqualTo(1);
    }

    @Test
    void theScheduledRunVisitsEveryActiveFirmButNotASuspendedOne() {
        source.answer(firms.firmA, now -> List.of(dueTomorrow(firms.adminA, now)));
        jdbc.update("update tenant set status = 'SUSPENDED' where id = ?", firms.firmB);
        try {
            assertThat(run.activeTenants()).contains(firms.firmA).doesNotContain(firms.firmB);

            ReminderRunSummary summary = run.sendReminders();

            assertThat(source.callsIn(Set.of(firms.firmA, firms.firmB))).extracting(Call::tenant)
                    .containsExactly(firms.firmA);
            assertThat(summary.recorded()).isGreaterThanOrEqualTo(1);
            assertThat(mail.sentTo(firms.adminA + "@a.test")).hasSize(1);
        } finally {
            jdbc.update("update tenant set status = 'ACTIVE' where id = ?", firms.firmB);
        }
    }

    @Test
    void aFailingSourceInOneFirmDoesNotStopTheOtherFirms() {
        source.failIn(firms.firmA);
        source.answer(firms.firmB, now -> List.of(dueTomorrow(firms.adminB, now)));

        ReminderRunSummary summary = run.sendReminders(List.of(firms.firmA, firms.firmB));

        assertThat(summary).isEqualTo(new ReminderRunSummary(2, 1, 0, 1));
        assertThat(mail.sentTo(firms.adminB + "@b.test")).hasSize(1);
    }

    @Test
    void aReminderWithoutADedupeKeyIsNotSent() {
        source.answer(firms.firmA, now -> List.of(NewNotification.of(firms.adminA, NotificationKind.OVERDUE,
                "onboarding/1", "Intake form", "PT Maju Jaya", "1 Nov 2026")));

        ReminderRunSummary summary = run.sendReminders(List.of(firms.firmA));

        assertThat(summary).isEqualTo(new ReminderRunSummary(1, 0, 0, 1));
        assertThat(mail.sentTo(firms.adminA + "@a.test")).isEmpty();
    }

    @Test
    void theSourceGetsTheTimeInTheFirmsOwnZone() {
        jdbc.update("update tenant set time_zone = 'Asia/Jakarta' where id = ?", firms.firmA);
        localities.forget(firms.firmA);

        run.sendReminders(List.of(firms.firmA));

        assertThat(source.callsIn(Set.of(firms.firmA))).singleElement()
                .satisfies(call -> assertThat(call.firmNow().getZone().getId()).isEqualTo("Asia/Jakarta"));
    }
}
