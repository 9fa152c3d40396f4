package io.klien.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.local.devmail.CaughtMailView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ErrorViewsTests extends DemoFirmBrowserlessTest {


    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffOpeningAnAdminPageGetTheAccessDeniedView() {
        actAs(DemoUser.STAFF);
        navigate("dev/mail", AccessDeniedView.class);

        assertThat($(H1.class).id("access-denied-title").getText()).isEqualTo("You do not have access to this page");
    }

    @Test
    @SignedInAs(DemoUser.PLATFORM_ADMIN)
    void platformAdminsOpenTheCaughtMailPage() {
        actAs(DemoUser.PLATFORM_ADMIN);
        CaughtMailView view = navigate(CaughtMailView.class);

        assertThat(view).isNotNull();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void unknownAddressShowsTheNotFoundView() {
        actAs(DemoUser.STAFF);
        navigate("no/such/page", NotFoundView.class);

        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Page not found");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void failingPageShowsAReferenceAndNoStackTrace() {
        actAs(DemoUser.STAFF);
        InternalErrorView view = navigate(FailingTestView.ROUTE, InternalErrorView.class);

        String reference = $(Span.class).id("error-correlation-id").getText();
        assertThat(reference).matches("[0-9A-F]{10}");
        assertThat(view.getElement().getOuterHTML())
                .contains("Something went wrong")
                .doesNotContain("IllegalStateException")
                .doesNotContain("database password is wrong")
                .doesNotContain("at io.klien");
    }
}
