package io.klien.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.GivenFrom;
import io.klien.testimonials.NewTestimonial;
import io.klien.testimonials.PublishedTestimonial;
import io.klien.testimonials.TestimonialModeration;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.Testimonials;
import io.klien.testimonials.VerifiedFacts;
import io.klien.ui.OwnFirms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A firm's public testimonial pages over plain HTTP on the running app (Vaadin and Spring MVC side by side): the wall,
 * the widget and the feed show exactly what clients consented to, escaped, per firm; a withdrawal shows at once; and
 * the pages are cacheable, rate limited and framable only where meant. Each test speaks from its own client address
 * (X-Forwarded-For from loopback, which the app trusts as a proxy), so the rate limit of one never touches another.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ExtendWith(OwnFirms.class)
class WallTests {

    private static final String APP = "http://localhost:18080";

    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
    @Autowired Tenants tenants;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired WallPages pages;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String address = "198.51.100." + (1 + (int) (Math.random() * 250));

    @Test
    void aPublishedWebsiteTestimonialShowsOnTheWallWithItsVerifiedClientBadge() throws Exception {
        String text = "Clear advice, on time. " + UUID.randomUUID();
        given(hartono(), text, "Sari Wulandari", Attribution.NAME, ConsentScope.WEBSITE);

        HttpResponse<String> wall = get("/wall/" + slug() + "?lang=en");
        HttpResponse<String> indonesian = get("/wall/" + slug(), "Accept-Language", "id-ID,id;q=0.9,en;q=0.5");

        assertThat(wall.statusCode()).isEqualTo(200);
        assertThat(wall.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(wall.body()).contains(text, "Sari Wulandari", "Hartono &amp; Partners", "Verified client",
                "What Klien checked:", "Given by the client through their own portal account or personal link",
                "Rated 5 out of 5", "<script type=\"application/ld+json\">", "\"@type\":\"Review\"",
                "\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":5", "\"name\":\"Sari Wulandari\"");
        assertThat(jsonLd(wall.body()).path("@type").asString()).isEqualTo("Organization");
        assertThat(jsonLd(wall.body()).path("review")).isNotEmpty();
        assertThat(indonesian.body()).contains(text, "Klien terverifikasi", "Apa kata klien tentang")
                .contains("lang=\"id\"");
        assertThat(wall.headers().firstValue("Set-Cookie")).as("no session for a public page").isEmpty();
    }

    @Test
    void theBadgeStatesEachFactKlienCheckedWithTheDateInTheReadersLanguage() {
        TenantView firm = TenantContext.callIn(Scope.visitor(null), () -> tenants.findPublic(slug())).orElseThrow();
        PublishedTestimonial checked = new PublishedTestimonial(UUID.randomUUID(), 4, "Checked.", "Rina", null, null,
                false, null, null, new VerifiedFacts(true, LocalDate.of(2024, 3, 6), true), null);
        WallData data = new WallData(List.of(checked), 0);

        String english = new String(pages.wall(firm, data, Locale.ENGLISH, 1), StandardCharsets.UTF_8);
        String indonesian = new String(pages.wall(firm, data, Locale.of("id"), 1), StandardCharsets.UTF_8);

        assertThat(english).contains("Verified client", "Signed contract", "Client since Mar 6, 2024",
                "Project completed");
        assertThat(indonesian).contains("Kontrak ditandatangani", "Klien sejak 6 Mar 2024", "Proyek selesai");
    }

    @Test
    void fiftyTestimonialsAPageWithLinksToTheNextAndPrevious() {
        TenantView firm = TenantContext.callIn(Scope.visitor(null), () -> tenants.findPublic(slug())).orElseThrow();
        List<PublishedTestimonial> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            many.add(new PublishedTestimonial(UUID.randomUUID(), 5, "Number " + i + ".", "Client " + i, null, null,
                    false, null, null, new VerifiedFacts(false, null, false), null));
        }
        WallData data = new WallData(many, 0);

        String second = new String(pages.wall(firm, data, Locale.ENGLISH, 2), StandardCharsets.UTF_8);

        assertThat(second).contains("Number 51.", "Number 100.", "Page 2 of 3", "rel=\"prev\"", "rel=\"next\"",
                "page=3").doesNotContain("Number 50.", "Number 101.");
        assertThat(jsonLd(second).path("review")).hasSize(50);
        assertThat(jsonLd(second).path("aggregateRating").path("reviewCount").asInt()).isEqualTo(120);
    }

    @Test
    void anInitialsOnlyWebsiteOnlyTestimonialNeverShowsTheNameNorAppearsInTheFeedForProposals() throws Exception {
        String text = "Initials only, website only. " + UUID.randomUUID();
        given(hartono(), text, "Kartika Wirjono", Attribution.INITIALS, ConsentScope.WEBSITE);

        HttpResponse<String> wall = get("/wall/" + slug());
        HttpResponse<String> website = get("/wall/" + slug() + "/feed.json");
        HttpResponse<String> proposals = get("/wall/" + slug() + "/feed.json?scope=proposals");
        HttpResponse<String> social = get("/wall/" + slug() + "/feed.json?scope=social_media");
        HttpResponse<String> widget = get("/wall/" + slug() + "/widget?limit=20");

        assertThat(wall.body()).contains(text, "K. W.");
        assertThat(website.statusCode()).isEqualTo(200);
        assertThat(item(website.body(), text).path("author").asString()).isEqualTo("K. W.");
        for (HttpResponse<String> page : List.of(wall, website, widget)) {
            assertThat(page.body()).doesNotContain("Kartika").doesNotContain("Wirjono");
        }
        assertThat(item(website.body(), text).path("title").isNull()).as("title only with the full name").isTrue();
        assertThat(item(website.body(), text).path("company").isNull()).isTrue();
        assertThat(proposals.statusCode()).as("proposals are not a public place").isEqualTo(403);
        assertThat(proposals.body()).contains("not public").doesNotContain(text);
        assertThat(social.statusCode()).isEqualTo(200);
        assertThat(social.body()).doesNotContain(text);
    }

    @Test
    void withdrawalTakesItOffTheWallTheFeedTheWidgetAndTheCacheAtOnce() throws Exception {
        String text = "Until I say so. " + UUID.randomUUID();
        TestimonialView given = given(hartono(), text, "Dewi Anggraini", Attribution.NAME, ConsentScope.WEBSITE);
        HttpResponse<String> wallBefore = get("/wall/" + slug());
        assertThat(wallBefore.body()).contains(text);
        assertThat(get("/wall/" + slug() + "/feed.json").body()).contains(text);
        assertThat(get("/wall/" + slug() + "/widget?limit=20").body()).contains(text);
        String etag = wallBefore.headers().firstValue("ETag").orElseThrow();

        TenantContext.callIn(budi(hartono()), () -> testimonials.withdraw(given.id()));

        HttpResponse<String> wallAfter = get("/wall/" + slug(), "If-None-Match", etag);
        assertThat(wallAfter.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
        assertThat(wallAfter.body()).doesNotContain(text);
        assertThat(get("/wall/" + slug() + "/feed.json").body()).doesNotContain(text);
        assertThat(get("/wall/" + slug() + "/widget?limit=20").body()).doesNotContain(text);
    }

    @Test
    void aTakeDownThisNodeNeverHeardOfLeavesTheWallWithinTheCheck() throws Exception {
        String text = "Taken down on another replica. " + UUID.randomUUID();
        TestimonialView given = given(hartono(), text, "Dewi Anggraini", Attribution.NAME, ConsentScope.WEBSITE);
        assertThat(get("/wall/" + slug()).body()).contains(text);

        // as another replica's change arrives here: in the database only, no event in this node
        TenantContext.callIn(Scope.system(hartono()), () -> tx.execute(status -> jdbc.update(
                "update testimonial set published = false, featured = false where id = ?", given.id())));

        boolean gone = false;
        for (int i = 0; i < 40 && !gone; i++) {
            gone = !get("/wall/" + slug()).body().contains(text);
            if (!gone) {
                Thread.sleep(100);
            }
        }
        assertThat(gone).as("off the wall within the cache's check (a second)").isTrue();
    }

    @Test
    void unpublishingAndAClientsEditTakeItOffAtOnceToo() throws Exception {
        String text = "Published for now. " + UUID.randomUUID();
        TestimonialView given = given(hartono(), text, "Agus Salim", Attribution.NAME, ConsentScope.WEBSITE);
        assertThat(get("/wall/" + slug()).body()).contains(text);

        TestimonialView down = TenantContext.callIn(staff(hartono()),
                () -> moderation.publish(given.id(), given.version(), false));
        assertThat(get("/wall/" + slug()).body()).doesNotContain(text);

        TenantContext.callIn(staff(hartono()), () -> moderation.publish(given.id(), down.version(), true));
        awaitOnWall(slug(), text);
        TestimonialView current = TenantContext.callIn(budi(hartono()), () -> testimonials.get(given.id()));
        TenantContext.callIn(budi(hartono()), () -> testimonials.edit(given.id(), current.version(),
                new NewTestimonial(5, text + " Edited.", "Agus Salim", null, null, Set.of(ConsentScope.WEBSITE),
                        Attribution.NAME, 1, "en"), GivenFrom.UNKNOWN));
        assertThat(get("/wall/" + slug()).body()).as("back in moderation").doesNotContain(text);
    }

    @Test
    void scriptAndMarkupInTextAndNamesAreEscapedOnTheWallInTheFeedAndInTheWidget() throws Exception {
        String marker = UUID.randomUUID().toString();
        String text = "<script>alert('" + marker + "')</script><b>bold</b> & \"quoted\" </script>";
        String name = "<img src=x onerror=alert(1)>";
        TestimonialView given = TenantContext.callIn(budi(hartono()), () -> testimonials.give(new NewTestimonial(4,
                text, name, "<i>CEO</i>", "PT <b>X</b>", Set.of(ConsentScope.WEBSITE), Attribution.NAME, 1, "en"),
                GivenFrom.UNKNOWN));
        TenantContext.callIn(staff(hartono()), () -> moderation.approve(given.id(), given.version()));
        awaitOnWall(slug(), marker);

        HttpResponse<String> wall = get("/wall/" + slug());
        HttpResponse<String> widget = get("/wall/" + slug() + "/widget?limit=20");
        HttpResponse<String> feed = get("/wall/" + slug() + "/feed.json");

        for (HttpResponse<String> page : List.of(wall, widget)) {
            assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("<b>bold</b>").doesNotContain("<i>CEO</i>")
                    .contains("&lt;script&gt;alert(&#39;" + marker + "&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp;",
                            "&lt;img src=x onerror=alert(1)&gt;", "&lt;i&gt;CEO&lt;/i&gt;");
        }
        assertThat(wall.body()).as("the JSON-LD block cannot be ended by a testimonial")
                .contains("\\u003Cscript\\u003Ealert(\\u0027" + marker);
        List<String> reviewed = new ArrayList<>();
        jsonLd(wall.body()).path("review").forEach(review -> reviewed.add(review.path("reviewBody").asString()));
        assertThat(reviewed).contains(text);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(feed.body()).doesNotContain("<script>").doesNotContain("<img");
        JsonNode item = item(feed.body(), marker);
        assertThat(item.path("text").asString()).isEqualTo(text);
        assertThat(item.path("author").asString()).isEqualTo(name);
        assertThat(item.path("title").asString()).isEqualTo("<i>CEO</i>");
    }

    @Test
    void anUnknownOrSuspendedFirmGetsTheSameNeutralNotFoundPage() throws Exception {
        String slug = "wall-gone-" + UUID.randomUUID().toString().substring(0, 8);
        UUID suspended = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm(slug,
                "Gone Firm", TenantKind.LAW_FIRM, "en", "Asia/Jakarta"))).id();
        tx.executeWithoutResult(s -> jdbc.update("update tenant set status = 'SUSPENDED' where id = ?", suspended));

        HttpResponse<String> unknown = get("/wall/no-such-firm-" + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> inactive = get("/wall/" + slug);
        HttpResponse<String> elsewhere = get("/wall/" + slug() + "/no-such-page");
        HttpResponse<String> feed = get("/wall/no-such-firm/feed.json");

        for (HttpResponse<String> page : List.of(unknown, inactive, elsewhere)) {
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("No testimonial page here",
                    "There is no testimonial page at this address.").doesNotContain("Gone Firm");
        }
        assertThat(inactive.body()).isEqualTo(unknown.body());
        assertThat(feed.statusCode()).isEqualTo(404);
        assertThat(feed.body()).contains("There is no testimonial page at this address.");
    }

    @Test
    void oneFirmsWallNeverShowsAnotherFirmsTestimonials() throws Exception {
        String ofKanvas = "Studio Kanvas only. " + UUID.randomUUID();
        String ofHartono = "Hartono only. " + UUID.randomUUID();
        given(kanvas(), ofKanvas, "Budi Setiawan", Attribution.NAME, ConsentScope.WEBSITE);
        given(hartono(), ofHartono, "Budi Setiawan", Attribution.NAME, ConsentScope.WEBSITE);
        String kanvasSlug = TenantContext.callIn(Scope.system(kanvas()), () -> tenants.find(kanvas())).orElseThrow()
                .slug();

        assertThat(get("/wall/" + slug()).body()).contains(ofHartono).doesNotContain(ofKanvas);
        assertThat(get("/wall/" + slug() + "/feed.json").body()).contains(ofHartono).doesNotContain(ofKanvas);
        assertThat(get("/wall/" + kanvasSlug).body()).contains(ofKanvas).doesNotContain(ofHartono);
        assertThat(get("/wall/" + kanvasSlug + "/widget?limit=20").body()).contains(ofKanvas).doesNotContain(ofHartono);
    }

    @Test
    void aFloodOnTheFeedGets429WhileAnotherAddressStillGets200() throws Exception {
        String flooder = "203.0.113." + (1 + (int) (Math.random() * 250));
        HttpResponse<String> refused = null;
        for (int i = 0; i < WallLimits.DEFAULT_BURST + 50 && refused == null; i++) {
            HttpResponse<String> response = send("/wall/" + slug() + "/feed.json", flooder, "Origin",
                    "https://hartono.example");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }

        assertThat(refused).as("the flood is limited").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(refused.body()).contains("Too many requests from your address. Please try again in");
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get("/wall/" + slug() + "/feed.json", "192.0.2." + (1 + (int) (Math.random() * 250)))
                .statusCode()).as("another address").isEqualTo(200);
    }

    @Test
    void aMatchingIfNoneMatchGets304AndEveryAnswerRevalidates() throws Exception {
        given(hartono(), "Cache me. " + UUID.randomUUID(), "Lina", Attribution.NAME, ConsentScope.WEBSITE);
        for (String path : List.of("/wall/" + slug(), "/wall/" + slug() + "/feed.json", "/wall/" + slug() + "/widget")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = get(path, "If-None-Match", etag);
            HttpResponse<String> other = get(path, "If-None-Match", "\"something-else\"");

            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);
            assertThat(other.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theFeedIsOpenToOtherSitesForReadingWithoutCredentials() throws Exception {
        HttpResponse<String> feed = get("/wall/" + slug() + "/feed.json", "Origin", "https://hartono.example");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(APP + "/wall/" + slug()
                        + "/feed.json")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("X-Forwarded-For", address).header("Origin", "https://hartono.example")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> writing = http.send(HttpRequest.newBuilder(URI.create(APP + "/wall/" + slug()
                        + "/feed.json")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("X-Forwarded-For", address).header("Origin", "https://hartono.example")
                .header("Access-Control-Request-Method", "DELETE").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(feed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET");
        assertThat(writing.headers().firstValue("Access-Control-Allow-Methods")).as("no other method").isEmpty();
        assertThat(writing.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(get("/wall/" + slug(), "Origin", "https://hartono.example").headers()
                .firstValue("Access-Control-Allow-Origin")).as("only the feed").isEmpty();
    }

    @Test
    void onlyTheWidgetMayBeFramedAndNoPageRunsScript() throws Exception {
        HttpResponse<String> widget = get("/wall/" + slug() + "/widget");
        HttpResponse<String> wall = get("/wall/" + slug());
        HttpResponse<String> app = http.send(HttpRequest.newBuilder(URI.create(APP + "/sign-in-problem")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(widget.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors *", "script-src 'none'", "default-src 'none'"));
        assertThat(widget.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(wall.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'", "script-src 'none'", "style-src 'self' 'sha256-")
                .doesNotContain("*"));
        assertThat(wall.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(wall.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(app.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'"));
        assertThat(WallSnippet.iframe("https://app.klien.example/", slug(), "id", "Testimoni \"Hartono\""))
                .isEqualTo("<iframe src=\"https://app.klien.example/wall/" + slug() + "/widget?lang=id\""
                        + " title=\"Testimoni &quot;Hartono&quot;\" width=\"100%\" height=\"560\" loading=\"lazy\""
                        + " referrerpolicy=\"strict-origin-when-cross-origin\" style=\"border:0;max-width:720px\">"
                        + "</iframe>");
    }

    @Test
    void wallAddressesAreAnsweredBySpringMvcWhileVaadinKeepsTheRest() throws Exception {
        HttpResponse<String> wall = get("/wall/" + slug());
        HttpResponse<String> notAFirm = get("/wall");
        HttpResponse<String> vaadin = http.send(HttpRequest.newBuilder(URI.create(APP + "/sign-in-problem")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(wall.statusCode()).isEqualTo(200);
        assertThat(wall.body()).contains("id=\"wall-title\"").doesNotContain("vaadin");
        assertThat(notAFirm.statusCode()).isEqualTo(404);
        assertThat(notAFirm.body()).contains("id=\"wall-not-found\"");
        assertThat(vaadin.statusCode()).isEqualTo(200);
        assertThat(vaadin.body()).containsIgnoringCase("vaadin");
    }

    @Test
    void aPictureShowsWithTheFullNameOnlyAndGoesWithTheTestimonial() throws Exception {
        String text = "With my face. " + UUID.randomUUID();
        String hidden = "Initials and a logo. " + UUID.randomUUID();
        TestimonialView named = pictured(text, Attribution.NAME);
        TestimonialView initials = pictured(hidden, Attribution.INITIALS);

        String wall = get("/wall/" + slug() + "?lang=en").body();
        String picturePath = "/wall/" + slug() + "/pictures/" + named.id() + "?scope=website";
        assertThat(wall).contains("src=\"" + picturePath.replace("&", "&amp;") + "\"", "alt=\"Photo of Sari");
        assertThat(wall).doesNotContain("/pictures/" + initials.id());
        assertThat(item(get("/wall/" + slug() + "/feed.json").body(), text).path("picture").asString())
                .endsWith(picturePath);
        HttpResponse<byte[]> picture = http.send(HttpRequest.newBuilder(URI.create(APP + picturePath))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(picture.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get("/wall/" + slug() + "/pictures/" + initials.id()).statusCode())
                .as("a picture would give away who is behind the initials").isEqualTo(404);

        TenantContext.callIn(budi(hartono()), () -> testimonials.withdraw(named.id()));

        assertThat(get(picturePath).statusCode()).as("gone with the testimonial, at once").isEqualTo(404);
        assertThat(get("/wall/" + slug() + "/pictures/not-an-id").statusCode()).isEqualTo(404);
    }

    private TestimonialView pictured(String text, Attribution attribution) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", out);
        TestimonialView given = TenantContext.callIn(budi(hartono()), () -> testimonials.give(new NewTestimonial(5,
                text, "Sari Wulandari", "Director", "PT Maju Jaya", Set.of(ConsentScope.WEBSITE), attribution, 1,
                "en").withPicture(new io.klien.testimonials.PictureUpload(io.klien.testimonials.PictureKind.PHOTO,
                out.toByteArray())), GivenFrom.UNKNOWN));
        TestimonialView approved = TenantContext.callIn(staff(hartono()),
                () -> moderation.approve(given.id(), given.version()));
        awaitOnWall(slug(), text);
        return approved;
    }

    /** A testimonial given and approved, once the wall of its firm shows it (an approval is read in the background). */
    private TestimonialView given(UUID firm, String text, String name, Attribution attribution, ConsentScope scope)
            throws Exception {
        TestimonialView given = TenantContext.callIn(budi(firm), () -> testimonials.give(new NewTestimonial(5, text,
                name, "Director", "PT Maju Jaya", Set.of(scope), attribution, 1, "en"), GivenFrom.UNKNOWN));
        TestimonialView approved = TenantContext.callIn(staff(firm),
                () -> moderation.approve(given.id(), given.version()));
        String slug = TenantContext.callIn(Scope.system(firm), () -> tenants.find(firm)).orElseThrow().slug();
        awaitOnWall(slug, text);
        return approved;
    }

    private void awaitOnWall(String slug, String text) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (get("/wall/" + slug).body().contains(text)) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the wall of " + slug + " never showed " + text);
    }

    private Scope budi(UUID firm) {
        String subject = OwnFirms.current().people().budi();
        UUID client = TenantContext.callIn(Scope.system(firm), () -> tx.execute(s -> jdbc.queryForObject(
                "select client_id from membership where subject = ?", UUID.class, subject)));
        return Scope.member(firm, subject, "CLIENT", client, false);
    }

    private static Scope staff(UUID firm) {
        String subject = firm.equals(hartono()) ? OwnFirms.current().people().rudi()
                : OwnFirms.current().people().dimas();
        return Scope.member(firm, subject, "STAFF", null, false);
    }

    private static UUID hartono() {
        return OwnFirms.current().hartono();
    }

    private static UUID kanvas() {
        return OwnFirms.current().kanvas();
    }

    private static String slug() {
        return OwnFirms.current().hartonoSlug();
    }

    private static JsonNode jsonLd(String html) {
        String start = "<script type=\"application/ld+json\">";
        int from = html.indexOf(start) + start.length();
        return HtmlSafeJson.MAPPER.readTree(html.substring(from, html.indexOf("</script>", from)));
    }

    private static JsonNode item(String feed, String textPart) {
        for (JsonNode item : HtmlSafeJson.MAPPER.readTree(feed).path("testimonials")) {
            if (item.path("text").asString().contains(textPart)) {
                return item;
            }
        }
        throw new AssertionError("no testimonial with '" + textPart + "' in " + feed);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, address);
    }

    private HttpResponse<String> get(String path, String from) throws IOException, InterruptedException {
        return send(path, from, null, null);
    }

    private HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
        return send(path, address, header, value);
    }

    private HttpResponse<String> send(String path, String from, String header, String value)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(APP + path)).header("X-Forwarded-For", from);
        if (header != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
