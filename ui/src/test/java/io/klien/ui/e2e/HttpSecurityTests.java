package io.klien.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** What the running app answers over plain HTTP, before any browser is involved. */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class HttpSecurityTests {

    private static final String APP = "http://localhost:18080";
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;
    @Autowired
    Tenants tenants;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void visitorsAreSentToKeycloakWithAPkceChallenge() throws Exception {
        HttpResponse<Void> home = get(APP + "/", "X-Unused", "none");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue(APP + "/oauth2/authorization/keycloak");

        HttpResponse<Void> authorize = get(APP + "/oauth2/authorization/keycloak", "X-Unused", "none");

        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("http://localhost:8180/realms/klien/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256", "code_challenge=", "scope=openid%20profile%20email%20organization"));
    }

    @Test
    void theVerificationPagesOpenWithoutSigningInWhileWorkPagesDoNot() throws Exception {
        String slug = "verify-http-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm(slug, "Verify Http " + slug,
                TenantKind.LAW_FIRM, "en", "Asia/Jakarta")));

        for (String page : List.of("/verify/" + slug, "/verify", "/verify/no-such-firm")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(APP + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("<html");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        }
        for (String file : List.of("/styles.css", "/assets/klien.svg")) {
            assertThat(get(APP + file, "X-Unused", "none").statusCode()).as("what styles the open pages").isEqualTo(200);
        }
        for (String page : List.of("/clients", "/verify-not", "/verify/" + slug + "/more")) {
            HttpResponse<Void> response = get(APP + page, "X-Unused", "none");
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page)
                    .hasValue(APP + "/oauth2/authorization/keycloak");
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndLaxAndSecureBehindTls() throws Exception {
        List<String> plain = get(APP + "/", "X-Unused", "none").headers().allValues("Set-Cookie");
        List<String> behindTls = get(APP + "/", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie");

        assertThat(plain).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(behindTls).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax", "Secure"));
    }

    @Test
    void backChannelLogoutEndpointIsWiredAndRejectsForgedTokens() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(APP + "/logout/connect/back-channel/keycloak"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=forged.token.value"))
                .build(), HttpResponse.BodyHandlers.ofString());

        // answered by the logout endpoint itself: neither a redirect to sign-in nor a CSRF refusal
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_request");
    }

    @Test
    void pagesCarryAContentSecurityPolicyThatForbidsFramingPluginsAndForeignBases() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(APP + "/sign-in-problem")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<Void> redirect = get(APP + "/", "X-Unused", "none");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        for (HttpResponse<?> response : List.of(page, redirect)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")
                    .doesNotContain("*"));
        }
    }

    @Test
    void heartbeatsOfAnOpenTabDoNotKeepAnIdleSessionAlive() {
        DeploymentConfiguration vaadin = vaadinServlet.getServlet().getService().getDeploymentConfiguration();
        int sessionTimeoutSeconds = vaadinServlet.getServlet().getServletContext().getSessionTimeout() * 60;

        assertThat(vaadin.isCloseIdleSessions()).as("only user activity counts, heartbeats do not").isTrue();
        assertThat(sessionTimeoutSeconds).isPositive();
        assertThat(vaadin.getHeartbeatInterval()).as("an open tab is noticed alive before its session would time out")
                .isPositive().isLessThan(sessionTimeoutSeconds);
    }

    @Test
    void healthProbesAnswerOnTheManagementPort() throws Exception {
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:19090/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> liveness = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:19090/actuator/health/liveness")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    @Test
    void errorsOutsideViewsShowNoStackTrace() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(APP + "/VAADIN/../../etc/passwd"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private HttpResponse<Void> get(String url, String header, String value) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header(header, value).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
