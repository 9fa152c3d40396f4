package io.klien.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class IdentityProviderAvailabilityFilterTests {

    private final IdentityProviderAvailability unreachable =
            new IdentityProviderAvailability("http://127.0.0.1:1/realms/klien", Clock.systemUTC());

    @Test
    void signInWhileKeycloakIsDownShowsTheReadablePageInsteadOfABrokenRedirect() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new IdentityProviderAvailabilityFilter(unreachable)
                .doFilter(new MockHttpServletRequest("GET", "/oauth2/authorization/keycloak"), response, chain);

        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in-problem?unavailable");
        assertThat(chain.getRequest()).as("not passed on to the OAuth2 redirect").isNull();
    }

    @Test
    void signedInUsersKeepWorkingWhileKeycloakIsDown() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new IdentityProviderAvailabilityFilter(unreachable)
                .doFilter(new MockHttpServletRequest("GET", "/"), response, chain);

        assertThat(chain.getRequest()).as("everything but the sign-in redirect passes").isNotNull();
        assertThat(response.getRedirectedUrl()).isNull();
    }
}
