package io.klien.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.local.demo.DemoData;
import io.klien.local.demo.DemoPeople;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.HealthOverview;
import io.klien.testimonials.PublishedTestimonial;
import io.klien.testimonials.RelationshipHealth;
import io.klien.testimonials.TestimonialModeration;
import io.klien.testimonials.TestimonialRequestView;
import io.klien.testimonials.TestimonialRequests;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.Testimonials;
import io.klien.ui.OwnFirms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;

/**
 * The demo law firm's wall as ./klien run starts it: the three testimonials its clients give (two through their
 * links in Bahasa Indonesia, Budi in the portal in English) and Lena approves, one featured, each consented to for the
 * website and named in full; on the wall, the widget, the feed, the moderation queue and the dashboard's counts. Seeded
 * here on the class's own copy of the firm, as run() seeds hartono-law right after creating it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ExtendWith({OwnFirms.class, OutputCaptureExtension.class})
class DemoWallTests {

    private static final String APP = "http://localhost:18080";

    @Autowired DemoData demoData;
    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
    @Autowired TestimonialRequests requests;
    @Autowired RelationshipHealth health;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String address = "198.51.100." + (1 + (int) (Math.random() * 250));

    @Test
    void theDemoLawFirmsWallShowsThreeTestimonialsItsClientsGaveWithConsentOneOfThemFeatured() throws Exception {
        UUID firm = OwnFirms.current().hartono();
        DemoPeople people = OwnFirms.current().people();

        demoData.wallTestimonials(firm, people);

        List<PublishedTestimonial> website = TenantContext.callIn(Scope.visitor(firm),
                () -> testimonials.publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH));
        assertThat(website).extracting(PublishedTestimonial::shownName, PublishedTestimonial::title,
                PublishedTestimonial::company, PublishedTestimonial::rating, PublishedTestimonial::featured)
                .containsExactlyInAnyOrder(tuple("Sari Wulandari", null, null, 5, true),
                        tuple("Hendra Gunawan", "Direktur SDM", "Sinar Abadi Logistics", 5, false),
                        tuple("Budi Setiawan", "Director", "PT Maju Jaya", 4, false));
        assertThat(website.getFirst().shownName()).as("the featured one first").isEqualTo("Sari Wulandari");
        assertThat(website).allSatisfy(p -> {
            assertThat(p.picture()).isNull();
            assertThat(p.text()).as("one paragraph, as typed").doesNotContain("  ", "\n").hasSizeLessThan(400);
        });
        assertThat(text(website, "Sari Wulandari")).startsWith("Tim Hartono & Partners membantu saya menyusun wasiat")
                .contains("untuk anak-anak saya. Setiap pilihan").endsWith("Sekarang saya jauh lebih tenang.");
        assertThat(text(website, "Hendra Gunawan")).contains("kontrak kerja kami", "templat PKWT dan PKWTT");
        assertThat(text(website, "Budi Setiawan")).startsWith("Onboarding with Hartono & Partners was well organised")
                .contains("we always knew what came next. One step took longer");
        for (ConsentScope elsewhere : List.of(ConsentScope.PROPOSALS, ConsentScope.SOCIAL_MEDIA)) {
            assertThat(TenantContext.callIn(Scope.visitor(firm),
                    () -> testimonials.publishedFor(elsewhere, Locale.ENGLISH))).as("consented to the website only")
                    .isEmpty();
        }

        String slug = OwnFirms.current().hartonoSlug();
        JsonNode feed = HtmlSafeJson.MAPPER.readTree(get("/wall/" + slug + "/feed.json?lang=en").body());
        List<String> authors = new ArrayList<>();
        feed.path("testimonials").forEach(item -> authors.add(item.path("author").asString()));
        assertThat(feed.path("total").asInt()).isEqualTo(3);
        assertThat(authors).containsExactlyInAnyOrder("Sari Wulandari", "Hendra Gunawan", "Budi Setiawan")
                .first().isEqualTo("Sari Wulandari");
        assertThat(feed.path("testimonials").get(0).path("featured").asBoolean()).isTrue();
        HttpResponse<String> wall = get("/wall/" + slug + "?lang=en");
        assertThat(wall.statusCode()).isEqualTo(200);
        assertThat(wall.body()).contains("Sari Wulandari", "Hendra Gunawan", "Budi Setiawan", "menyusun wasiat",
                "kontrak kerja", "we always knew what came next", "Verified client");
        assertThat(get("/wall/" + slug + "/widget?limit=20").body()).contains("Sari Wulandari", "Hendra Gunawan",
                "Budi Setiawan");

        List<TestimonialView> approved = asLena(firm, people,
                () -> moderation.queue(TestimonialState.APPROVED, PageRequest.of(0, 10)).getContent());
        assertThat(approved).hasSize(3).allSatisfy(t -> {
            assertThat(t.published()).isTrue();
            assertThat(t.scopes()).isEqualTo(Set.of(ConsentScope.WEBSITE));
            assertThat(t.attribution()).isEqualTo(Attribution.NAME);
            assertThat(t.consentVersion()).as("the consent text current in its language")
                    .isEqualTo(TenantContext.callIn(Scope.visitor(firm),
                            () -> testimonials.consentText(t.consentLanguage())).version());
            assertThat(t.consentedAt()).isNotNull();
            assertThat(t.moderatedAt()).isNotNull();
            assertThat(t.picture()).isNull();
        });
        assertThat(approved).extracting(TestimonialView::displayName, TestimonialView::consentLanguage,
                TestimonialView::givenBy).containsExactlyInAnyOrder(tuple("Sari Wulandari", "id", null),
                tuple("Hendra Gunawan", "id", null), tuple("Budi Setiawan", "en", people.budi()));
        for (TestimonialView byLink : approved.stream().filter(t -> t.givenBy() == null).toList()) {
            List<TestimonialRequestView> asked = asLena(firm, people, () -> requests.ofClient(byLink.clientId()));
            assertThat(asked).as("asked by hand, answered through the link").singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(byLink.requestId());
                assertThat(r.contactName()).isEqualTo(byLink.displayName());
                assertThat(r.portal()).isFalse();
                assertThat(r.askedBy()).isEqualTo(people.lena());
                assertThat(r.usedAt()).isNotNull();
            });
        }
        assertThat(asLena(firm, people, () -> moderation.queue(TestimonialState.SUBMITTED, PageRequest.of(0, 10))))
                .as("nothing waits for moderation").isEmpty();
        HealthOverview dashboard = asLena(firm, people, () -> health.overview(90));
        assertThat(dashboard.publishedTestimonials()).isEqualTo(3);
        assertThat(dashboard.testimonialsAwaitingModeration()).isZero();
    }

    @Test
    void aFirmWithoutTheDemoClientsGetsNoTestimonialsAndAWarningSayingWhyButStillStarts(CapturedOutput output) {
        UUID kanvas = OwnFirms.current().kanvas();

        demoData.wallTestimonials(kanvas, OwnFirms.current().people());

        assertThat(output.getAll()).contains("The wall of demo firm " + kanvas
                + " stays without the demo testimonials: java.lang.IllegalStateException: the firm has no client named"
                + " Ibu Sari Wulandari");
        assertThat(TenantContext.callIn(Scope.visitor(kanvas),
                () -> testimonials.publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH))).isEmpty();
    }

    private static String text(List<PublishedTestimonial> shown, String name) {
        return shown.stream().filter(p -> p.shownName().equals(name)).findFirst().orElseThrow().text();
    }

    private static <T> T asLena(UUID firm, DemoPeople people, Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm, people.lena(), "TENANT_ADMIN", null, false), work);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(APP + path)).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
