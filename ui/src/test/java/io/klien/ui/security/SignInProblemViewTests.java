package io.klien.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SignInProblemViewTests extends SpringBrowserlessTest {

    @Test
    void unreachableKeycloakIsExplainedWithoutSigningIn() {
        UI.getCurrent().navigate(SignInProblemView.ROUTE, QueryParameters.simple(Map.of("unavailable", "")));

        assertThat(getCurrentView()).isInstanceOf(SignInProblemView.class);

        assertThat($(H1.class).id("sign-in-problem-title").getText()).isEqualTo("Sign-in is temporarily unavailable");
        assertThat($(Anchor.class).id("sign-in-retry").getHref()).isEqualTo("/oauth2/authorization/keycloak");
    }

    @Test
    void interruptedSignInAsksToSignInAgain() {
        navigate(SignInProblemView.ROUTE, SignInProblemView.class);

        assertThat($(H1.class).id("sign-in-problem-title").getText()).isEqualTo("Sign-in did not complete");
    }
}
