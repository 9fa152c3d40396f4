package io.klien.ui.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/** Keycloak does not answer when the OAuth2 client reads its configuration at startup. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProviderUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<IllegalArgumentException> {

    private final Environment environment;

    IdentityProviderUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IllegalArgumentException cause) {
        if (cause.getMessage() == null || !cause.getMessage().contains("Unable to resolve Configuration with the provided Issuer")) {
            return null;
        }
        String issuer = environment.getProperty("spring.security.oauth2.client.provider.keycloak.issuer-uri", "(not set)");
        return new FailureAnalysis("Keycloak is not reachable at " + issuer + ".",
                "Start Keycloak (./klien run starts a local one) or set KLIEN_OIDC_ISSUER_URI to the realm URL of a running"
                        + " Keycloak, e.g. https://sso.example.com/realms/klien.", cause);
    }
}
