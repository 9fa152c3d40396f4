package io.klien.localservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The local Keycloak as {@code ./klien test} and {@code ./klien run} use it, one after the other on one machine: each
 * start or reuse lets its own application sign in. Runs a real Keycloak on its own port and database so a developer's
 * running one is left alone.
 */
class LocalKeycloakTests {

    private static final int PORT = 8190;
    private static final String DATABASE = "klien_keycloak_realms";
    private static final String TEST_APP = "http://localhost:18080";
    private static final String RUN_APP = "http://localhost:8080";
    private static final String CUSTOM_APP = "http://127.0.0.1:18081";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    @AfterAll
    static void stopKeycloak() {
        LocalKeycloak.stop();
    }

    @Test
    void realmSetUpForTheTestsAndThenForRunLetsBothSignIn() throws Exception {
        LocalKeycloak forTests = keycloak(TEST_APP);
        // the first start on this machine: the realm is imported with the tests' URL
        Files.deleteIfExists(forTests.realmFingerprintFile());
        LocalKeycloak.stop();
        forTests.ensureRunning();
        assertSignsIn(TEST_APP);

        // ./klien run while that Keycloak still runs: reused as it is
        keycloak(RUN_APP).ensureRunning();
        assertSignsIn(RUN_APP);
        assertSignsIn(TEST_APP);

        // ./klien run on a later day: Keycloak starts again, the realm is not imported again
        LocalKeycloak.stop();
        keycloak(RUN_APP).ensureRunning();
        assertSignsIn(RUN_APP);
        assertSignsIn(TEST_APP);

        // KLIEN_PUBLIC_URL set to an address the realm file does not name
        keycloak(CUSTOM_APP).ensureRunning();
        assertSignsIn(CUSTOM_APP);
        assertSignsIn(RUN_APP);

        assertThat(authorizationRequest(HttpClient.newHttpClient(), "http://localhost:9999").body())
                .as("an application URL nobody started stays refused")
                .contains("Invalid parameter: redirect_uri");
    }

    @Test
    void keycloakListensOnTheLoopbackInterfaceOnly() throws Exception {
        keycloak(TEST_APP).ensureRunning();

        assertThat(connects(InetAddress.getLoopbackAddress())).isTrue();
        for (InetAddress address : nonLoopbackAddresses()) {
            assertThat(connects(address)).as("Keycloak reachable at %s:%d", address.getHostAddress(), PORT).isFalse();
        }
    }

    @Test
    void startCommandBindsToLoopback() {
        assertThat(keycloak(TEST_APP).startCommand(Path.of("/opt/keycloak")))
                .contains("--http-host=127.0.0.1", "--http-port=" + PORT, "--http-management-port=" + (PORT + 1000));
    }

    @Test
    void realmFingerprintFollowsSubstitutedValuesButNotTheApplicationUrl() {
        byte[] realm = """
                {"secret": "${KLIEN_OIDC_CLIENT_SECRET:klien-dev-secret}", "rootUrl": "${KLIEN_APP_URL:http://localhost:8080}",
                 "smtp": "${KLIEN_SMTP_PORT:3025}"}""".getBytes(StandardCharsets.UTF_8);
        String defaults = LocalKeycloak.realmFingerprint(realm, Map.of());

        assertThat(LocalKeycloak.realmFingerprint(realm, Map.of("KLIEN_OIDC_CLIENT_SECRET", "klien-dev-secret")))
                .isEqualTo(defaults);
        assertThat(LocalKeycloak.realmFingerprint(realm, Map.of("KLIEN_OIDC_CLIENT_SECRET", "rotated")))
                .isNotEqualTo(defaults);
        assertThat(LocalKeycloak.realmFingerprint(realm, Map.of("KLIEN_SMTP_PORT", "2525"))).isNotEqualTo(defaults);
        assertThat(LocalKeycloak.realmFingerprint(realm, Map.of("KLIEN_APP_URL", "http://localhost:18080")))
                .isEqualTo(defaults);
    }

    @Test
    void clientChangesAddTheApplicationAndKeepWhatOthersNeed() {
        Map<String, Object> client = Map.of(
                "redirectUris", List.of(TEST_APP + "/login/oauth2/code/keycloak", TEST_APP + "/invitation/*"),
                "rootUrl", TEST_APP,
                "attributes", Map.of("post.logout.redirect.uris", TEST_APP + "/*",
                        "backchannel.logout.url", TEST_APP + "/logout/connect/back-channel/keycloak"));

        Map<String, Object> changes = KeycloakAppClient.changes(client, RUN_APP);

        assertThat(changes).containsEntry("rootUrl", RUN_APP);
        assertThat(changes.get("redirectUris")).isEqualTo(List.of(
                TEST_APP + "/login/oauth2/code/keycloak", TEST_APP + "/invitation/*",
                RUN_APP + "/login/oauth2/code/keycloak", RUN_APP + "/invitation/*"));
        assertThat(changes.get("attributes")).isEqualTo(Map.of(
                "post.logout.redirect.uris", TEST_APP + "/*##" + RUN_APP + "/*",
                "backchannel.logout.url", RUN_APP + "/logout/connect/back-channel/keycloak"));
        assertThat(KeycloakAppClient.changes(client, TEST_APP)).isEmpty();
    }

    @Test
    void aKeycloakWithoutTheKlienAdminIsNamedWithTheFix() {
        KeycloakAppClient unknown = new KeycloakAppClient(HttpClient.newHttpClient(), "http://127.0.0.1:1", "klien",
                "admin", "admin");

        assertThatThrownBy(() -> unknown.allow(RUN_APP))
                .isInstanceOf(LocalServiceException.class)
                .hasMessageContaining("did not answer");
    }

    // ------------------------------------------------------------------ helpers

    private static LocalKeycloak keycloak(String appUrl) {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", System.getenv().getOrDefault("KLIEN_TEST_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/klien_test"))
                .withProperty("klien.public-url", appUrl)
                .withProperty("klien.local-services.keycloak.port", Integer.toString(PORT))
                .withProperty("klien.local-services.keycloak.database", DATABASE);
        LocalServicesSettings settings = LocalServicesSettings.from(env);
        return new LocalKeycloak(settings, new PostgresBootstrap(settings));
    }

    /**
     * Signs in as the demo operator through the login form and expects Keycloak to send the browser back to {@code app}.
     */
    private static void assertSignsIn(String app) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loginPage = authorizationRequest(browser, app);
        assertThat(loginPage.body()).as("login page for %s", app).doesNotContain("Invalid parameter");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find()).as("login form for %s", app).isTrue();
        Matcher action = ACTION.matcher(form.group());
        assertThat(action.find()).isTrue();

        String password = System.getenv().getOrDefault("KLIEN_DEMO_PASSWORD", "klien-demo");
        String cookies = String.join("; ", loginPage.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode("operator@klien.test")
                        + "&password=" + encode(password) + "&credentialId="))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).as("sign-in answer for %s: %s", app, signedIn.body()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(app + "/login/oauth2/code/keycloak?")
                .contains("code="));
    }

    private static HttpResponse<String> authorizationRequest(HttpClient browser, String app)
            throws IOException, InterruptedException {
        byte[] verifier = new byte[32];
        new java.security.SecureRandom().nextBytes(verifier);
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getUrlEncoder().withoutPadding().encodeToString(verifier).getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> query = new HashMap<>(Map.of(
                "client_id", "klien-app",
                "response_type", "code",
                "scope", "openid",
                "state", "s" + System.nanoTime(),
                "redirect_uri", app + "/login/oauth2/code/keycloak",
                "code_challenge", challenge,
                "code_challenge_method", "S256"));
        StringBuilder uri = new StringBuilder("http://127.0.0.1:" + PORT + "/realms/klien/protocol/openid-connect/auth?");
        query.forEach((k, v) -> uri.append(k).append('=').append(encode(v)).append('&'));
        return browser.send(HttpRequest.newBuilder(URI.create(uri.toString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean connects(InetAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address || !a.isLinkLocalAddress())
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
