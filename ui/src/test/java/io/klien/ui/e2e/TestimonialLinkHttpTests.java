package io.klien.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The single-use link page opens without signing in (Vaadin's security lets the {@code @AnonymousAllowed} route
 * through, whatever firm and token the address holds), while the staff and portal testimonial pages send a visitor to
 * sign in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class TestimonialLinkHttpTests {

    private static final String APP = "http://localhost:18080";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLinkPageOpensWithoutSigningInWhileTheOtherTestimonialPagesDoNot() throws Exception {
        HttpResponse<String> link = http.send(HttpRequest.newBuilder(URI.create(APP + "/testimonial/" + UUID.randomUUID()
                + "/some-token")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(link.statusCode()).isEqualTo(200);
        assertThat(link.body()).contains("<html");

        for (String page : new String[] {"/testimonials", "/portal/testimonials", "/portal/testimonials/give"}) {
            HttpResponse<Void> closed = http.send(HttpRequest.newBuilder(URI.create(APP + page)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(closed.statusCode()).as(page).isEqualTo(302);
            assertThat(closed.headers().firstValue("Location")).as(page)
                    .hasValue(APP + "/oauth2/authorization/keycloak");
        }
    }
}
