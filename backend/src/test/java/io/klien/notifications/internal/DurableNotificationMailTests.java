package io.klien.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.klien.clients.Clients;
import io.klien.notifications.CapturingMailSender;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.NotificationTestBeans;
import io.klien.notifications.Notifications;
import io.klien.shared.cluster.ClusterLock;
import io.klien.shared.events.OutstandingEvents;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notification's email is an event publication in PostgreSQL: a mail server that is down, or a process that dies
 * before the listener ran, delays the email until the publication is resubmitted, and it still goes out exactly once.
 */
@SpringBootTest
@Import(NotificationTestBeans.class)
class DurableNotificationMailTests {

    private static final String MAIL_LISTENER = "notifications.mail";

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired CapturingMailSender mail;
    @Autowired EventPublicationRegistry registry;
    @Autowired OutstandingEvents outstanding;
    @Autowired ClusterLock lock;

    TwoFirms firms;
    String adminAEmail;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        adminAEmail = firms.adminA + "@a.test";
        mail.failing(false);
    }

    @AfterEach
    void mailServerUp() {
        mail.failing(false);
    }

    @Test
    void aMailThatFailsIsRetriedByResubmissionAndDeliveredExactlyOnce() {
        mail.failing(true);
        firms.as(firms.staffOfA(), () -> notifications.notify(stepAssigned()));
        UUID id = newestNotificationOfAdminA();

        assertThat(emailStatus(id)).isEqualTo("FAILED");
        assertThat(incompletePublicationsFor(id)).isOne();
        assertThat(mail.sentTo(adminAEmail)).isEmpty();

        mail.failing(false);
        assertThat(outstanding.resubmitOlderThan(Duration.ZERO, mailOf(id))).isTrue();
        assertThat(outstanding.resubmitOlderThan(Duration.ZERO, mailOf(id))).isTrue();

        assertThat(mail.sentTo(adminAEmail)).hasSize(1);
        assertThat(emailStatus(id)).isEqualTo("SENT");
        assertThat(incompletePublicationsFor(id)).as("the publication completed").isZero();
        assertThat(publicationsFor(id)).as("completed publications are deleted").isZero();
    }

    @Test
    void aPublicationLeftIncompleteByACrashIsDeliveredOnceItIsOldEnough() {
        UUID crashed = pendingNotification();
        UUID recent = pendingNotification();
        storeWithoutRunningTheListener(crashed, Duration.ofMinutes(10));
        storeWithoutRunningTheListener(recent, Duration.ZERO);
        assertThat(incompletePublicationsFor(crashed)).isOne();

        assertThat(outstanding.resubmitOlderThan(Duration.ofMinutes(5), mailOf(crashed).or(mailOf(recent)))).isTrue();

        assertThat(mail.sentTo(adminAEmail)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("crash " + crashed));
        assertThat(emailStatus(crashed)).isEqualTo("SENT");
        assertThat(incompletePublicationsFor(crashed)).isZero();
        assertThat(emailStatus(recent)).as("younger than the resubmission age: maybe still running").isEqualTo("PENDING");
        assertThat(incompletePublicationsFor(recent)).isOne();

        outstanding.resubmitOlderThan(Duration.ZERO, mailOf(recent));
        assertThat(mail.sentTo(adminAEmail)).hasSize(2);
    }

    @Test
    void aPublicationWhoseResubmissionDiedWithItsProcessIsResubmittedAgain() {
        UUID crashed = pendingNotification();
        storeWithoutRunningTheListener(crashed, Duration.ofMinutes(20));
        jdbc.update("""
                update event_publication set status = 'RESUBMITTED', last_resubmission_date = now() - interval '10 minutes'
                where listener_id = ? and serialized_event like ?""", MAIL_LISTENER, "%" + crashed + "%");

        outstanding.resubmitOlderThan(Duration.ofMinutes(5), mailOf(crashed));

        assertThat(mail.sentTo(adminAEmail)).hasSize(1);
        assertThat(incompletePublicationsFor(crashed)).isZero();
    }

    @Test
    void aResubmittedPublicationWhoseMailAlreadyWentOutSendsNothing() {
        firms.as(firms.staffOfA(), () -> notifications.notify(stepAssigned()));
        UUID id = newestNotificationOfAdminA();
        assertThat(mail.sentTo(adminAEmail)).hasSize(1);
        // the process died after sending, before the publication was marked complete
        storeWithoutRunningTheListener(id, Duration.ofMinutes(10));

        outstanding.resubmitOlderThan(Duration.ofMinutes(5), mailOf(id));

        assertThat(mail.sentTo(adminAEmail)).hasSize(1);
        assertThat(incompletePublicationsFor(id)).isZero();
    }

    @Test
    void whileAnotherReplicaResubmitsThisOneSkips() {
        mail.failing(true);
        firms.as(firms.staffOfA(), () -> notifications.notify(stepAssigned()));
        UUID id = newestNotificationOfAdminA();
        mail.failing(false);

        boolean[] ranHere = new boolean[1];
        boolean heldElsewhere = lock.runExclusively(OutstandingEvents.LOCK,
                () -> ranHere[0] = outstanding.resubmitOlderThan(Duration.ZERO, mailOf(id)));

        assertThat(heldElsewhere).isTrue();
        assertThat(ranHere[0]).isFalse();
        assertThat(mail.sentTo(adminAEmail)).isEmpty();
        assertThat(outstanding.resubmitOlderThan(Duration.ZERO, mailOf(id))).isTrue();
        assertThat(mail.sentTo(adminAEmail)).hasSize(1);
    }

    private NewNotification stepAssigned() {
        return NewNotification.of(firms.adminA, NotificationKind.STEP_ASSIGNED, "onboarding/" + UUID.randomUUID(),
                "Intake form", "PT Maju Jaya");
    }

    private static java.util.function.Predicate<EventPublication> mailOf(UUID notificationId) {
        return p -> p.getEvent() instanceof NotificationMailDue due && due.notificationId().equals(notificationId);
    }

    /** A notification recorded with its email due, as the transaction before a crash would have left it. */
    private UUID pendingNotification() {
        UUID id = UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> jdbc.update("""
                insert into notification (tenant_id, id, recipient, kind, message_key, link, email_status, created_at)
                values (?, ?, ?, 'STEP_ASSIGNED', 'notifications.step-assigned', 'onboarding/x', 'PENDING', now())""",
                firms.firmA, id, firms.adminA));
        return id;
    }

    /** Stores the publication as the committing transaction does, but the listener never runs (the process died). */
    private void storeWithoutRunningTheListener(UUID notificationId, Duration age) {
        NotificationMailDue due = new NotificationMailDue(firms.firmA, notificationId, adminAEmail, "crash " + notificationId,
                "body");
        List<TargetEventPublication> stored = List.copyOf(tx.execute(s -> registry.store(due,
                Stream.of(PublicationTargetIdentifier.of(MAIL_LISTENER)))));
        OffsetDateTime publishedAt = OffsetDateTime.now(ZoneOffset.UTC).minus(age);
        jdbc.update("update event_publication set publication_date = ?, last_resubmission_date = ? where id = ?",
                publishedAt, publishedAt, stored.getFirst().getIdentifier());
    }

    private UUID newestNotificationOfAdminA() {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from notification where recipient = ? order by created_at desc limit 1", UUID.class,
                firms.adminA));
    }

    private String emailStatus(UUID id) {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select email_status from notification where id = ?", String.class, id));
    }

    private long incompletePublicationsFor(UUID notificationId) {
        return jdbc.queryForObject("""
                select count(*) from event_publication
                where listener_id = ? and completion_date is null and serialized_event like ?""", Long.class,
                MAIL_LISTENER, "%" + notificationId + "%");
    }

    private long publicationsFor(UUID notificationId) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class,
                "%" + notificationId + "%");
    }
}
