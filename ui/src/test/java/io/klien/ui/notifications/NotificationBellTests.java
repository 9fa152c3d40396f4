package io.klien.ui.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import io.klien.localservices.CaughtMail;
import io.klien.localservices.CaughtMailbox;
import io.klien.notifications.EmailPreference;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.NotificationOutcome;
import io.klien.notifications.Notifications;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientsView;
import io.klien.ui.home.HomeView;
import io.klien.ui.portal.PortalHomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell in Hartono &amp; Partners, for Rudi (staff) and for Budi in the client portal. */
@SpringBootTest
class NotificationBellTests extends DemoFirmBrowserlessTest {


    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired CaughtMailbox mailbox;

    /** Starts from an empty inbox with email on for every kind, whatever earlier runs left. */
    private void freshInbox(String subject) {
        tx.executeWithoutResult(s -> {
            jdbc.update("delete from notification where recipient = ?", subject);
            jdbc.update("delete from notification_preference where subject = ?", subject);
        });
    }

    private void notifyStep(String recipient, String step, String link) {
        NotificationOutcome outcome = notifications.notify(
                NewNotification.of(recipient, NotificationKind.STEP_ASSIGNED, link, step, "PT Maju Jaya"));
        assertThat(outcome).isEqualTo(NotificationOutcome.RECORDED);
    }

    /** The unread badge, found through the bell: a hidden badge is not found by a query. */
    private Badge badge() {
        Badge badge = (Badge) $(Button.class).id("notifications-bell").getSuffixComponent();
        assertThat(badge.getId()).hasValue("notifications-unread");
        return badge;
    }

    private List<Button> items() {
        return $(Button.class).from($(Div.class).id("notifications-list")).all().stream()
                .filter(b -> b.hasClassName("klien-notification-item")).toList();
    }

    /** Rudi, with an empty inbox before two steps were assigned to him, at home. */
    private void rudiWithTwoNewSteps() {
        actAs(DemoUser.STAFF);
        freshInbox(DemoUser.STAFF.subject());
        notifyStep(DemoUser.STAFF.subject(), "Intake form", "clients");
        notifyStep(DemoUser.STAFF.subject(), "Conflict check", "clients");
        navigate(HomeView.class);
    }

    private void openBell() {
        test($(Button.class).id("notifications-bell")).click();
    }

    private static String textOf(Button item) {
        return item.getElement().getChild(0).getChild(0).getText();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theBellShowsTheUnreadCountAndListsTheNewestFirstUnreadHighlighted() {
        rudiWithTwoNewSteps();

        assertThat(badge().isVisible()).isTrue();
        assertThat(badge().getNumber()).isEqualTo(2);

        openBell();

        assertThat(items()).extracting(NotificationBellTests::textOf).containsExactly(
                "You have a new step: \"Conflict check\" for PT Maju Jaya.",
                "You have a new step: \"Intake form\" for PT Maju Jaya.");
        assertThat(items()).allMatch(item -> item.hasClassName("klien-notification-unread"));
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void clickingANotificationOpensItsLinkAndMarksItRead() {
        actAs(DemoUser.STAFF);
        freshInbox(DemoUser.STAFF.subject());
        Instant before = Instant.now().minusSeconds(1);
        notifyStep(DemoUser.STAFF.subject(), "Opening test " + before.toEpochMilli(), "clients");
        CaughtMail mail = mailbox.awaitMailTo("rudi@hartono-law.test", before, java.time.Duration.ofSeconds(10));
        assertThat(mail.subject()).contains("Opening test " + before.toEpochMilli());
        assertThat(mail.text()).contains("/clients");
        navigate(HomeView.class);
        openBell();

        test(items().getFirst()).click();

        assertThat(UI.getCurrent().getActiveRouterTargetsChain().getFirst()).isInstanceOf(ClientsView.class);
        assertThat(badge().isVisible()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void markAllReadClearsTheBadgeAndTheHighlight() {
        rudiWithTwoNewSteps();
        openBell();

        test($(Button.class).id("notifications-mark-all")).click();

        assertThat(badge().isVisible()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(items()).hasSize(2).noneMatch(item -> item.hasClassName("klien-notification-unread"));
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void anEmptyInboxSaysWhatWillAppearThere() {
        actAs(DemoUser.STAFF);
        freshInbox(DemoUser.STAFF.subject());
        navigate(HomeView.class);

        assertThat(badge().isVisible()).isFalse();
        openBell();

        assertThat($(Paragraph.class).id("notifications-empty").getText()).startsWith("No notifications yet.");
        assertThat(items()).isEmpty();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void olderNotificationsArePagedIn() {
        actAs(DemoUser.STAFF);
        freshInbox(DemoUser.STAFF.subject());
        for (int i = 1; i <= NotificationBell.PAGE_SIZE + 2; i++) {
            notifyStep(DemoUser.STAFF.subject(), "Step " + i, "clients");
        }
        navigate(HomeView.class);
        openBell();

        assertThat(items()).hasSize(NotificationBell.PAGE_SIZE);
        test($(Button.class).id("notifications-more")).click();

        assertThat(items()).hasSize(NotificationBell.PAGE_SIZE + 2);
        assertThat(textOf(items().getLast())).contains("\"Step 1\"");
        assertThat($(Button.class).all()).noneMatch(b -> "notifications-more".equals(b.getId().orElse(null)));
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void emailCanBeTurnedOffPerKindAndTheChoiceIsSavedWithFeedback() {
        actAs(DemoUser.STAFF);
        freshInbox(DemoUser.STAFF.subject());
        navigate(HomeView.class);
        openBell();
        test($(Button.class).id("notifications-settings")).click();

        Checkbox comments = $(Checkbox.class).id("notification-pref-COMMENT");
        assertThat(comments.getLabel()).isEqualTo("Comments");
        assertThat(comments.getValue()).isTrue();
        test(comments).click();

        assertThat(notifications.preferences()).contains(new EmailPreference(NotificationKind.COMMENT, false),
                new EmailPreference(NotificationKind.OVERDUE, true));
        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("Email for Comments is off."));

        test($(Button.class).id("notification-settings-close")).click();
        test($(Button.class).id("notifications-settings")).click();
        assertThat($(Checkbox.class).id("notification-pref-COMMENT").getValue()).as("saved, shown again").isFalse();
        assertThat($(Checkbox.class).id("notification-pref-OVERDUE").getValue()).isTrue();
    }

    @Test
    @SignedInAsBudi
    void aClientSeesTheirOwnNotificationsInThePortal() {
        UUID firm = OwnFirms.current().hartono();
        UUID client = TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForObject(
                "select client_id from membership where subject = ?", UUID.class, DemoUser.CLIENT.subject())));
        try (TenantContext.Binding budi = TenantContext.bind(Scope.member(firm, DemoUser.CLIENT.subject(), "CLIENT", client, false))) {
            freshInbox(DemoUser.CLIENT.subject());
            notifyStep(DemoUser.CLIENT.subject(), "Upload the deed of establishment", "portal");
            navigate(PortalHomeView.class);

            assertThat(badge().getNumber()).isEqualTo(1);
            openBell();
            assertThat(items()).extracting(NotificationBellTests::textOf)
                    .containsExactly("You have a new step: \"Upload the deed of establishment\" for PT Maju Jaya.");
            test($(Button.class).id("notifications-mark-all")).click();
            assertThat(badge().isVisible()).isFalse();
        }
    }

    /** Signed in as Budi, a client user of Hartono &amp; Partners (and of Studio Kanvas). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @WithSecurityContext(factory = BudiFactory.class)
    @interface SignedInAsBudi {
    }

    static final class BudiFactory implements WithSecurityContextFactory<SignedInAsBudi> {

        @Override
        public SecurityContext createSecurityContext(SignedInAsBudi annotation) {
            OidcIdToken token = new OidcIdToken("token-budi", Instant.now(), Instant.now().plusSeconds(300),
                    Map.of("sub", DemoUser.CLIENT.subject(), "name", "Budi Setiawan", "email", "budi@maju-jaya.test"));
            var authorities = List.of(new org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority(token),
                    new SimpleGrantedAuthority("ROLE_CLIENT"));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"),
                    authorities, "keycloak"));
            return context;
        }
    }
}
