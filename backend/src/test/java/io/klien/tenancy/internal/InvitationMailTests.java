package io.klien.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.klien.notifications.CapturingMailSender;
import io.klien.notifications.NotificationTestBeans;
import io.klien.shared.events.OutstandingEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Klien's invitation mail goes out after the invitation committed, from the message bundle in the invitee's language,
 * and survives a mail server that is down: resubmitted, it is delivered exactly once.
 */
@SpringBootTest
@Import(NotificationTestBeans.class)
class InvitationMailTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired CapturingMailSender mail;
    @Autowired OutstandingEvents outstanding;

    @AfterEach
    void mailServerUp() {
        mail.failing(false);
    }

    InvitationMailDue invitation(String email, String language) {
        return new InvitationMailDue(UUID.randomUUID(), UUID.randomUUID(), "person-" + UUID.randomUUID(), false, email,
                "Dimas Pratama", "Hartono & Partners", language, "Asia/Jakarta",
                "http://localhost:8080/invitation/t/token-" + UUID.randomUUID(), Instant.parse("2026-12-12T03:00:00Z"),
                Duration.ofDays(7));
    }

    void issue(InvitationMailDue due, boolean commit) {
        tx.executeWithoutResult(status -> {
            events.publishEvent(due);
            if (!commit) {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void theInvitationIsMailedAfterCommitInTheInviteesLanguage() {
        InvitationMailDue indonesian = invitation("dimas-" + UUID.randomUUID() + "@studio.test", "id");
        InvitationMailDue english = invitation("maya-" + UUID.randomUUID() + "@studio.test", "en");

        issue(indonesian, true);
        issue(english, true);

        assertThat(mail.sentTo(indonesian.email())).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Anda diundang ke Hartono & Partners di Klien");
            assertThat(m.body()).startsWith("Halo Dimas Pratama,").contains(indonesian.acceptUrl())
                    .contains("Tautan ini berlaku sampai 12 Desember 2026");
        });
        assertThat(mail.sentTo(english.email())).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("You are invited to Hartono & Partners on Klien");
            assertThat(m.body()).startsWith("Hello Dimas Pratama,").contains(english.acceptUrl())
                    .contains("The link works until December 12, 2026");
        });
    }

    @Test
    void aRolledBackInvitationMailsNothing() {
        InvitationMailDue due = invitation("gone-" + UUID.randomUUID() + "@studio.test", "en");

        issue(due, false);

        assertThat(mail.sentTo(due.email())).isEmpty();
    }

    @Test
    void anInvitationMailThatFailsOnceIsDeliveredExactlyOnceOnResubmission() {
        InvitationMailDue due = invitation("retry-" + UUID.randomUUID() + "@studio.test", "en");
        mail.failing(true);

        issue(due, true);
        assertThat(mail.sentTo(due.email())).isEmpty();

        mail.failing(false);
        outstanding.resubmitOlderThan(Duration.ZERO, p -> p.getEvent() instanceof InvitationMailDue d
                && d.invitationId().equals(due.invitationId()));
        // a second resubmission of the same invitation (say, after a crash before completion) sends nothing more
        issue(due, true);

        assertThat(mail.sentTo(due.email())).hasSize(1);
    }
}
