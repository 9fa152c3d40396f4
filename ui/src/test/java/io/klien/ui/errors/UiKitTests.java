package io.klien.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.ErrorEvent;
import io.klien.shared.DomainException;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.Notices;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.admin.InviteForm;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.home.HomeView;
import io.klien.ui.platform.NewFirmForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The UI kit: refusals land at the input they name, and every notice has one look per kind. */
@SpringBootTest
class UiKitTests extends DemoFirmBrowserlessTest {

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aRefusalAboutAnInputShowsAtThatInputInTheUsersLanguage() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);
        Binder<InviteForm> binder = new Binder<>(InviteForm.class);
        EmailField email = new EmailField();
        TextField name = new TextField();
        binder.forField(email).bind("email");
        binder.forField(name).bind("displayName");

        boolean atInput = FieldErrors.show(DomainException.onField("email", "tenancy.invite.email-invalid", "rudi@"), binder);

        assertThat(atInput).isTrue();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(getTranslationOf("tenancy.invite.email-invalid", "rudi@"))
                .doesNotContain("tenancy.");
        assertThat(name.isInvalid()).as("the other input is left alone").isFalse();
        assertThat(notices()).as("no notice besides the input").isEmpty();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aServiceNameForAnInputCanDifferFromTheFormsProperty() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);
        Binder<NewFirmForm> binder = new Binder<>(NewFirmForm.class);
        EmailField adminEmail = new EmailField();
        binder.forField(adminEmail).bind("adminEmail");

        FieldErrors.show(DomainException.onField("email", "tenancy.member.duplicate", "lena@hartono-law.test"), binder,
                Map.of("email", "adminEmail"));

        assertThat(adminEmail.isInvalid()).isTrue();
        assertThat(adminEmail.getErrorMessage()).contains("lena@hartono-law.test");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aRefusalAboutNoInputBecomesAWarningNotice() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);
        Binder<InviteForm> binder = new Binder<>(InviteForm.class);
        EmailField email = new EmailField();
        binder.forField(email).bind("email");

        boolean atInput = FieldErrors.show(new DomainException("tenancy.member.last-admin"), binder);

        assertThat(atInput).isFalse();
        assertThat(email.isInvalid()).isFalse();
        assertThat(notices()).singleElement().satisfies(notice -> {
            assertThat(text(notice)).contains("at least one active administrator");
            assertThat(notice.getThemeNames()).contains("warning");
        });
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void noticesHaveOneLookPerKind() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        Notification done = Notices.success("Saved.");
        Notification warning = Notices.warning("Careful.");
        Notification failure = Notices.failure("Failed.");

        assertThat(done.getThemeNames()).contains("success");
        assertThat(done.getPosition()).isEqualTo(Notification.Position.BOTTOM_START);
        assertThat(warning.getThemeNames()).contains("warning");
        assertThat(warning.getDuration()).isGreaterThan(done.getDuration());
        assertThat(failure.getThemeNames()).contains("error");
        assertThat(failure.getDuration()).isGreaterThan(warning.getDuration());
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void quickSuccessesDoNotPileUpOverThePage() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        Notification first = Notices.success("First.");
        Notification second = Notices.success("Second.");
        Notification third = Notices.success("Third.");
        Notification refused = Notices.warning("Careful.");

        assertThat(first.isOpened()).as("the oldest success closes").isFalse();
        assertThat(second.isOpened()).isTrue();
        assertThat(third.isOpened()).isTrue();
        assertThat(refused.isOpened()).as("warnings are not counted against successes").isTrue();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aRuleBrokenInAClickThatNoViewCaughtShowsItsMessageNotAFailure() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        UiErrorHandling.handle(new ErrorEvent(new IllegalStateException("wrapped",
                new DomainException("tenancy.member.last-admin"))));

        Notification notice = $(Notification.class).id("rule-notification");
        assertThat(text(notice)).contains("at least one active administrator");
        assertThat(notice.getThemeNames()).contains("warning");
        assertThat(notices()).extracting(n -> n.getId().orElse("")).doesNotContain("error-notification");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void anUnexpectedFailureInAClickShowsAReferenceAndNoDetails() {
        actAs(DemoUser.STAFF);
        navigate(HomeView.class);

        UiErrorHandling.handle(new ErrorEvent(new IllegalStateException("database password is wrong")));

        Notification notice = $(Notification.class).id("error-notification");
        assertThat(text(notice)).doesNotContain("database password").matches(".*[0-9A-F]{10}.*");
        assertThat(notice.getThemeNames()).contains("error");
    }

    private List<Notification> notices() {
        return $(Notification.class).all();
    }

    private static String text(Notification notice) {
        return notice.getElement().getProperty("text");
    }

    private static String getTranslationOf(String key, Object... arguments) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, arguments);
    }
}
