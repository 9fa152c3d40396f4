package io.klien.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import io.klien.ui.e2e.ChildApplication.Result;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Starts the real application in a separate JVM with one service missing and reads what an operator would see. The
 * test application on port 18080 keeps PostgreSQL roles and Keycloak in place for the checks that need them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class StartupFailureTests {

    static final Map<String, String> SECRETS = Map.of(
            "KLIEN_OIDC_CLIENT_SECRET", "startup-test-oidc-secret",
            "KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET", "startup-test-provisioning-secret");

    /** The children use the tests' database, which the test application has prepared. */
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void unreachableDatabaseEndsStartupWithOneClearMessage() throws Exception {
        Result result = start("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/klien");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("PostgreSQL is not reachable at jdbc:postgresql://127.0.0.1:1/klien")
                .contains("KLIEN_DB_URL");
        assertThat(result.stackTraceLines()).isEmpty();
    }

    @Test
    void unreachableKeycloakEndsStartupWithOneClearMessage() throws Exception {
        Result result = start("--spring.datasource.url=" + databaseUrl,
                "--spring.security.oauth2.client.provider.keycloak.issuer-uri=http://127.0.0.1:1/realms/klien");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Keycloak is not reachable at http://127.0.0.1:1/realms/klien")
                .contains("KLIEN_OIDC_ISSUER_URI");
        assertThat(result.stackTraceLines()).isEmpty();
    }

    @Test
    void portInUseNamesThePortAndTheSettingToChange() throws Exception {
        Result result = start("--spring.datasource.url=" + databaseUrl, "--server.port=18080", "--management.server.port=0");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Port 18080 is already in use").contains("SERVER_PORT");
        assertThat(result.stackTraceLines()).isEmpty();
    }

    @Test
    void missingKeycloakClientSecretsEndStartupNamingBothVariables() throws Exception {
        Result result = ChildApplication.start(Map.of(), "--spring.datasource.url=" + databaseUrl, "--server.port=0",
                "--management.server.port=0");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output())
                .contains("Klien has no Keycloak client secret in KLIEN_OIDC_CLIENT_SECRET and KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET")
                .contains("keycloak.provisioningClientSecret");
        assertThat(result.stackTraceLines()).isEmpty();
    }

    @Test
    void theDevelopmentSecretsAreRefusedOutsideADeveloperMachine() throws Exception {
        Result result = ChildApplication.start(Map.of(
                        "KLIEN_OIDC_CLIENT_SECRET", "klien-dev-secret",
                        "KLIEN_KEYCLOAK_ADMIN_CLIENT_SECRET", "a-real-provisioning-secret"),
                "--spring.datasource.url=" + databaseUrl, "--server.port=0", "--management.server.port=0");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output())
                .contains("Klien has no Keycloak client secret in KLIEN_OIDC_CLIENT_SECRET (not set, or set to the development value)");
        assertThat(result.stackTraceLines()).isEmpty();
    }

    /** Started with real-looking secrets, so each check above meets the service it is about. */
    private static Result start(String... arguments) throws IOException, InterruptedException {
        return ChildApplication.start(SECRETS, arguments);
    }
}
