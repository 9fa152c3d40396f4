package io.klien.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import(NotificationTestBeans.class)
class NotificationsTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired CapturingMailSender mail;

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

    NotificationOutcome notifyInA(NewNotification n) {
        return firms.as(firms.staffOfA(), () -> notifications.notify(n));
    }

    static NewNotification stepAssigned(String recipient) {
        return NewNotification.of(recipient, NotificationKind.STEP_ASSIGNED, "onboarding/" + UUID.randomUUID(),
                "Intake form", "PT Maju Jaya");
    }

    <T> T asAdminA(java.util.function.Supplier<T> work) {
        return firms.as(firms.adminOfA(), work);
    }

    String emailStatusOfNewestFor(UUID firm, String recipient) {
        return firms.asSystem(firm, () -> jdbc.queryForObject(
                "select email_status from notification where recipient = ? order by created_at desc limit 1",
                String.class, recipient));
    }

    long rowsFor(UUID firm, String recipient) {
        return firms.asSystem(firm, () -> jdbc.queryForObject("select count(*) from notification where recipient = ?",
                Long.class, recipient));
    }

    @Test
    void aNotificationIsStoredForTheRecipientAndMailedWithItsLink() {
        NewNotification n = stepAssigned(firms.adminA);

        assertThat(notifyInA(n)).isEqualTo(NotificationOutcome.RECORDED);

        List<NotificationView> inbox = asAdminA(() -> notifications.recent(PageRequest.of(0, 10), Locale.ENGLISH).getContent());
        assertThat(inbox).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(NotificationKind.STEP_ASSIGNED);
            assertThat(v.text()).isEqualTo("You have a new step: \"Intake form\" for PT Maju Jaya.");
            assertThat(v.link()).isEqualTo(n.link());
            assertThat(v.read()).isFalse();
        });
        assertThat(mail.sentTo(adminAEmail)).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("no-reply@klien.test");
            assertThat(m.subject()).startsWith("Firm A ").endsWith(": You have a new step: \"Intake form\" for PT Maju Jaya.");
            assertThat(m.body()).startsWith("Hello Admin A,")
                    .contains("Open it in Klien: http://localhost:8080/" + n.link())
                    .contains("email for \"Steps assigned to me\" is on");
        });
        assertThat(emailStatusOfNewestFor(firms.firmA, firms.adminA)).isEqualTo("SENT");
    }

    @Test
    void theEmailGoesOutOnlyAfterCommitAndARolledBackNotificationIsNeitherStoredNorMailed() {
        firms.as(firms.staffOfA(), () -> {
            notifications.notify(stepAssigned(firms.adminA));
            assertThat(mail.sentTo(adminAEmail)).as("not before commit").isEmpty();
            return null;
        });
        assertThat(mail.sentTo(adminAEmail)).hasSize(1);

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> {
            notifications.notify(stepAssigned(firms.adminA));
            throw new IllegalStateException("the caller fails after notifying");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(mail.sentTo(adminAEmail)).as("the rolled-back one is not mailed").hasSize(1);
        assertThat(rowsFor(firms.firmA, firms.adminA)).isEqualTo(1);
    }

    @Test
    void anExplicitAddressIsUsedInsteadOfTheMembershipAddress() {
        notifyInA(stepAssigned(firms.adminA).withEmail("lena.private@example.test"));

        assertThat(mail.sentTo("lena.private@example.test")).hasSize(1);
        assertThat(mail.sentTo(adminAEmail)).isEmpty();
    }

    @Test
    void withEmailTurnedOffForAKindItsNotificationsAreStoredButNotMailed() {
        asAdminA(() -> notifications.setEmail(NotificationKind.COMMENT, false));

        notifyInA(NewNotification.of(firms.adminA, NotificationKind.COMMENT, "onboarding/1", "Rudi", "Intake form"));
        notifyInA(stepAssigned(firms.adminA));

        assertThat(asAdminA(() -> notifications.unreadCount())).isEqualTo(2);
        assertThat(mail.sentTo(adminAEmail)).singleElement()
                .satisfies(m -> assertThat(m.subject()).contains("You have a new step"));
        assertThat(asAdminA(() -> notifications.preferences())).contains(
                new EmailPreference(NotificationKind.COMMENT, false), new EmailPreference(NotificationKind.STEP_ASSIGNED, true))
                .hasSize(NotificationKind.values().length);
        assertThat(firms.as(firms.staffOfA(), () -> notifications.preferences()))
                .as("another person's choice is their own").allMatch(EmailPreference::email);

        asAdminA(() -> notifications.setEmail(NotificationKind.COMMENT, true));
        notifyInA(NewNotification.of(firms.adminA, NotificationKind.COMMENT, "onboarding/1", "Rudi", "Intake form"));

        assertThat(mail.sentTo(adminAEmail)).hasSize(2);
        assertThat(asAdminA(() -> notifications.preferences())).allMatch(EmailPreference::email);
    }

    @Test
    void aDedupeKeyIsRecordedAndMailedOncePerRecipient() {
        NewNotification reminder = NewNotification.of(firms.adminA, NotificationKind.DUE_TOMORROW, "onboarding/1",
                "Intake form", "PT Maju Jaya").withDedupeKey("reminder:step-1:2026-11-23");

        assertThat(notifyInA(reminder)).isEqualTo(NotificationOutcome.RECORDED);
        assertThat(notifyInA(reminder)).isEqualTo(NotificationOutcome.ALREADY_RECORDED);
        assertThat(notifyInA(new NewNotification(firms.staffA, null, reminder.kind(), reminder.messageKey(),
                reminder.arguments(), reminder.link(), reminder.dedupeKey())))
                .as("the same key for someone else").isEqualTo(NotificationOutcome.RECORDED);

        assertThat(rowsFor(firms.firmA, firms.adminA)).isEqualTo(1);
        assertThat(mail.sentTo(adminAEmail)).hasSize(1);
        assertThat(mail.sentTo(firms.staffA + "@a.test")).hasSize(1);
    }

    @Test
    void concurrentCallersWithTheSameDedupeKeyRecordAndMailItExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                NewNotification reminder = NewNotification.of(firms.adminA, NotificationKind.OVERDUE, "onboarding/1",
                        "Intake form", "PT Maju Jaya", "22 Nov 2026").withDedupeKey("reminder:race:" + round);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<NotificationOutcome>> racers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    racers.add(pool.submit(() -> firms.as(firms.staffOfA(), () -> {
                        await(together);
                        NotificationOutcome outcome = notifications.notify(reminder);
                        sleep(150); // keep the insert uncommitted while the other caller arrives
                        return outcome;
                    })));
                }
                List<NotificationOutcome> outcomes = new ArrayList<>();
                for (Future<NotificationOutcome> racer : racers) {
                    outcomes.add(racer.get(30, TimeUnit.SECONDS));
                }

                assertThat(outcomes).containsExactlyInAnyOrder(NotificationOutcome.RECORDED,
                        NotificationOutcome.ALREADY_RECORDED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(rowsFor(firms.firmA, firms.adminA)).isEqualTo(3);
        assertThat(mail.sentTo(adminAEmail)).hasSize(3);
    }

    @Test
    void everyoneSeesAndMarksOnlyTheirOwnNotifications() {
        notifyInA(stepAssigned(firms.adminA));
        notifyInA(stepAssigned(firms.adminA));
        notifyInA(stepAssigned(firms.staffA));
        UUID adminsFirst = asAdminA(() -> notifications.recent(PageRequest.of(0, 1), Locale.ENGLISH).getContent().getFirst().id());

        assertThat(firms.as(firms.staffOfA(), () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(firms.as(firms.staffOfA(), () -> notifications.recent(PageRequest.of(0, 10), Locale.ENGLISH).getContent()))
                .hasSize(1).noneMatch(v -> v.id().equals(adminsFirst));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> {
            notifications.markRead(adminsFirst);
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("notifications.not-found");
        assertThat(firms.as(firms.staffOfA(), () -> notifications.markAllRead())).isEqualTo(1);

        assertThat(asAdminA(() -> notifications.unreadCount())).as("the admin's stay unread").isEqualTo(2);
    }

    @Test
    void anotherFirmSeesNoneAndCannotNotifyOutsiders() {
        notifyInA(stepAssigned(firms.adminA));

        assertThat(firms.as(firms.adminOfB(), () -> notifications.unreadCount())).isZero();
        assertThat(firms.as(firms.adminOfB(), () -> notifications.recent(PageRequest.of(0, 10), Locale.ENGLISH).getContent()))
                .isEmpty();
        assertThat(firms.as(firms.adminOfB(), () -> jdbc.queryForObject("select count(*) from notification", Long.class)))
                .isZero();
        assertThat(firms.as(firms.adminOfB(), () -> notifications.notify(stepAssigned(firms.adminA))))
                .as("admin A is no member of firm B").isEqualTo(NotificationOutcome.NOT_A_MEMBER);
        assertThat(rowsFor(firms.firmB, firms.adminA)).isZero();
        assertThat(mail.sentTo(adminAEmail)).hasSize(1);
    }

    @Test
    void aDeactivatedMemberIsNeitherNotifiedNorMailed() {
        UUID staffMembership = firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select id from membership where subject = ?", UUID.class, firms.staffA));
        firms.as(firms.adminOfA(), () -> memberships.deactivate(staffMembership));

        assertThat(notifyInA(stepAssigned(firms.staffA))).isEqualTo(NotificationOutcome.NOT_A_MEMBER);
        assertThat(rowsFor(firms.firmA, firms.staffA)).isZero();
        assertThat(mail.sentTo(firms.staffA + "@a.test")).isEmpty();
    }

    @Test
    void markingReadLowersTheUnreadCountAndTheNewestComeFirstPageByPage() {
        for (String step : List.of("First", "Second", "Third")) {
            notifyInA(NewNotification.of(firms.adminA, NotificationKind.STEP_ASSIGNED, "onboarding/1", step, "PT Maju Jaya"));
        }
        Slice<NotificationView> firstPage = asAdminA(() -> notifications.recent(PageRequest.of(0, 2), Locale.ENGLISH));
        Slice<NotificationView> secondPage = asAdminA(() -> notifications.recent(PageRequest.of(1, 2), Locale.ENGLISH));

        assertThat(firstPage.getContent()).extracting(NotificationView::text).containsExactly(
                "You have a new step: \"Third\" for PT Maju Jaya.", "You have a new step: \"Second\" for PT Maju Jaya.");
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(secondPage.getContent()).extracting(NotificationView::text)
                .containsExactly("You have a new step: \"First\" for PT Maju Jaya.");
        assertThat(asAdminA(() -> notifications.unreadCount())).isEqualTo(3);

        asAdminA(() -> {
            notifications.markRead(firstPage.getContent().getFirst().id());
            notifications.markRead(firstPage.getContent().getFirst().id());
            return null;
        });

        assertThat(asAdminA(() -> notifications.unreadCount())).isEqualTo(2);
        assertThat(asAdminA(() -> notifications.recent(PageRequest.of(0, 3), Locale.ENGLISH).getContent()))
                .extracting(NotificationView::read).containsExactly(true, false, false);
        assertThat(asAdminA(() -> notifications.markAllRead())).isEqualTo(2);
        assertThat(asAdminA(() -> notifications.unreadCount())).isZero();
    }

    @Test
    void aFailedEmailIsLoggedAndRecordedWhileTheNotificationStays() {
        mail.failing(true);

        assertThat(notifyInA(stepAssigned(firms.adminA))).isEqualTo(NotificationOutcome.RECORDED);

        assertThat(asAdminA(() -> notifications.unreadCount())).isEqualTo(1);
        assertThat(emailStatusOfNewestFor(firms.firmA, firms.adminA)).isEqualTo("FAILED");
        assertThat(mail.sentTo(adminAEmail)).isEmpty();
    }

    @Test
    void theAppShowsTheReadersLanguageAndTheEmailSpeaksTheFirmsLanguage() {
        jdbc.update("update tenant set locale = 'id' where id = ?", firms.firmA);

        notifyInA(stepAssigned(firms.adminA));

        assertThat(asAdminA(() -> notifications.recent(PageRequest.of(0, 1), Locale.of("id")).getContent().getFirst().text()))
                .isEqualTo("Anda mendapat langkah baru: \"Intake form\" untuk PT Maju Jaya.");
        assertThat(asAdminA(() -> notifications.recent(PageRequest.of(0, 1), Locale.GERMAN).getContent().getFirst().text()))
                .as("a language without texts gets English").isEqualTo("You have a new step: \"Intake form\" for PT Maju Jaya.");
        assertThat(mail.sentTo(adminAEmail)).singleElement()
                .satisfies(m -> assertThat(m.body()).startsWith("Halo Admin A,").contains("Buka di Klien: http://"));
        assertThat(notifications.label(NotificationKind.OVERDUE, Locale.of("id"))).isEqualTo("Terlambat");
    }

    @Test
    void onlyAPersonSignedInToAFirmHasNotifications() {
        assertThatThrownBy(() -> firms.as(Scope.system(firms.firmA), () -> notifications.unreadCount()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(Scope.person(firms.adminA, false), () -> notifications.markAllRead()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(Scope.person(firms.adminA, false), () -> notifications.notify(stepAssigned(firms.adminA))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLinkMustStayInsideTheApp() {
        for (String link : List.of("https://evil.test/x", "//evil.test", "/onboarding/1", "onboarding/../admin", "a b", "")) {
            assertThatThrownBy(() -> NewNotification.of(firms.adminA, NotificationKind.COMMENT, link))
                    .as(link).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(NewNotification.of(firms.adminA, NotificationKind.COMMENT, "portal/onboarding/5?step=2").link())
                .isEqualTo("portal/onboarding/5?step=2");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
