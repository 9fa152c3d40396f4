package io.klien.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.klien.KlienApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Starts the real application in a separate JVM with one service missing and reads what an operator would see. The
 * test application on port 18080 keeps PostgreSQL roles and Keycloak in place for the checks that need them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class StartupFailureTests {

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

    private Result start(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.profiles.active=",
                KlienApplication.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The application neither started nor stopped within 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {

        List<String> stackTraceLines() {
            return output.lines().filter(line -> line.startsWith("\tat ") || line.contains("Caused by:")).toList();
        }
    }
}
