package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.klien.local.demo.DemoPeople;
import io.klien.localservices.CaughtMailbox;
import io.klien.projects.DeliverableView;
import io.klien.projects.Deliverables;
import io.klien.projects.MilestoneView;
import io.klien.projects.NewDeliverable;
import io.klien.projects.NewMilestone;
import io.klien.projects.NewProject;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.SatisfactionCheckins;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A testimonial from the right moment to its withdrawal, in Chromium: the client's contact rated the finished
 * milestone 5 and approves a deliverable in the portal, which asks her for a testimonial; she gives one with her photo,
 * named in full and for the firm's website only; staff approve and feature it in the moderation queue; the firm's
 * public wall shows it with the "verified client" badge to a visitor who never signed in; she withdraws it in the
 * portal and the wall no longer shows it.
 */
class TestimonialJourneyTests extends BrowserJourney {

    private static final String RUDI = "rudi@hartono-law.test";

    @Autowired CaughtMailbox mailbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired Deliverables deliverables;
    @Autowired SatisfactionCheckins checkins;

    @Test
    void anApprovalRatedFiveAsksTheClientWhoseTestimonialTheWallShowsUntilSheWithdrawsIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String clientName = "Arunika Studio " + suffix;
        String contactEmail = "ayu-" + suffix + "@arunika.test";
        String words = "Hartono & Partners made our trademark filing painless. <b>Five stars</b> " + suffix;
        Instant before = Instant.now().minusSeconds(1);

        // staff add the client with its contact, who accepts the portal invitation
        page.navigate(APP + "/clients");
        signInOnKeycloak(RUDI, DEMO_PASSWORD);
        page.locator("#clients-new").waitFor();
        SigningSteps.newClientWithPortalContact(page, clientName, "Ayu Lestari", contactEmail);
        BrowserContext clientProfile = newProfile();
        Page ayu = acceptInvitation(clientProfile, mailbox, contactEmail, before, "Ayu-Secret-2026",
                "#portal-greeting");

        // the work so far (through the services): a finished milestone she rated 5, a deliverable for her review
        UUID client = asRudi(() -> jdbc.queryForObject("select id from client where name = ?", UUID.class,
                clientName));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        ProjectView project = asRudi(() -> projects.create(new NewProject(client, ProjectKind.MATTER,
                "Trademark filing " + suffix, today.minusDays(30), today.plusDays(60), null)));
        MilestoneView search = asRudi(() -> plans.addMilestone(project.id(), new NewMilestone("Clearance search",
                null, false, today.minusDays(5))));
        MilestoneView filed = asRudi(() -> plans.addMilestone(project.id(), new NewMilestone("Filing", null, true,
                today.plusDays(20))));
        asRudi(() -> plans.completeMilestone(search.id()));
        String ayuSubject = asRudi(() -> jdbc.queryForObject("select subject from membership where email = ?",
                String.class, contactEmail));
        TenantContext.callIn(Scope.member(firm(), ayuSubject, "CLIENT", client, false),
                () -> tx.execute(s -> checkins.rate(search.id(), 5, "Quick and clear")));
        DeliverableView filing = asRudi(() -> deliverables.add(project.id(), new NewDeliverable("Filing receipt",
                null, filed.id())));
        asRudi(() -> deliverables.submitLink(filing.id(), "https://drive.example/arunika/filing-receipt",
                "The office's receipt of our filing."));

        // she approves it in the portal; the approval asks her for a testimonial, in the portal and by mail
        ayu.navigate(APP + "/portal/projects/" + project.id());
        try {
            ayu.locator("#portal-review-" + filing.id()).click();
        } catch (RuntimeException notThere) {
            ayu.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("failed-client-project")).setFullPage(true));
            throw notThere;
        }
        ayu.locator("#portal-review-approve").click();
        assertThat(ayu.locator("#portal-deliverable-state-" + filing.id())).hasText("Approved");
        awaitPrompt(ayu);
        assertThat(ayu.locator("#portal-testimonial-prompt-title"))
                .hasText("Hartono & Partners would value your testimonial");

        // she gives it: five stars, her words (markup stays text), her photo, named in full, the website only
        ayu.locator("#portal-testimonial-prompt-give").click();
        ayu.locator("#testimonial-rating vaadin-radio-button").first().click();
        ayu.locator("#testimonial-text textarea").fill(words);
        ayu.locator("#testimonial-title input").fill("Founder");
        ayu.locator("#testimonial-company input").fill("Arunika Studio");
        ayu.locator("#testimonial-picture-upload input[type=file]")
                .setInputFiles(new FilePayload("ayu.jpg", "image/jpeg", portrait()));
        assertThat(ayu.locator("#testimonial-picture-image")).isVisible();
        assertThat(ayu.locator("#testimonial-preview-author")).hasText("\u2014 Ayu Lestari, Founder, Arunika Studio");
        ayu.locator("#testimonial-consent-ack input").check();
        whole(ayu, "89-portal-testimonial-form");
        ayu.locator("#testimonial-submit").click();
        assertThat(ayu.locator("#portal-testimonials-title")).isVisible();
        String testimonialId = ayu.locator("[id^=portal-testimonial-state-]").first().getAttribute("id")
                .substring("portal-testimonial-state-".length());
        assertThat(ayu.locator("#portal-testimonial-state-" + testimonialId)).hasText("Waiting for the firm's review");

        // staff approve and feature it in the moderation queue
        page.navigate(APP + "/testimonials");
        assertThat(page.locator("#testimonials-grid")).containsText(clientName);
        whole(page, "90-moderation-queue");
        page.locator("#testimonial-open-" + testimonialId).click();
        assertThat(page.locator("#testimonial-detail-text")).hasText(words);
        assertThat(page.locator("#testimonial-detail-picture")).isVisible();
        page.locator("#testimonial-approve").click();
        assertThat(page.locator("#testimonial-detail-state")).hasText("Approved");
        page.locator("#testimonial-feature").click();
        assertThat(page.locator("#testimonial-detail-publication")).hasText("Published and featured");

        // a visitor who never signed in sees it on the firm's wall, badge and photo included, the markup as text
        BrowserContext visitorProfile = newProfile();
        Page visitor = visitorProfile.newPage();
        awaitOnWall(visitor, words, true);
        assertThat(visitor.locator(".wall-featured").first()).containsText(words);
        assertThat(visitor.locator(".wall-featured").first()).containsText("Verified client");
        assertThat(visitor.locator(".wall-featured").first()).containsText("Ayu Lestari");
        assertThat(visitor.locator(".wall-featured .wall-picture").first()).isVisible();
        Assertions.assertThat(visitor.locator(".wall-featured b").count()).as("no markup made of her words").isZero();
        whole(visitor, "91-public-wall");

        // she withdraws it in the portal: the wall no longer shows it
        ayu.navigate(APP + "/portal/testimonials");
        ayu.locator("#portal-testimonial-withdraw-" + testimonialId).click();
        ayu.locator("#portal-testimonial-withdraw-dialog vaadin-button[slot=confirm-button]").click();
        assertThat(ayu.locator("#portal-testimonial-state-" + testimonialId)).containsText("Withdrawn on");
        awaitOnWall(visitor, words, false);
        Assertions.assertThat(visitor.content()).doesNotContain(suffix);
        visitorProfile.close();
        clientProfile.close();
    }

    /** The ask is made after the approval commits (the event registry delivers it); the home shows it on a reload. */
    private static void awaitPrompt(Page client) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            client.navigate(APP + "/portal");
            client.locator("#portal-greeting").waitFor();
            if (client.locator("#portal-testimonial-prompt-title").count() > 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the portal never asked for a testimonial");
    }

    /** An approval reaches the wall's cache within a moment (read in the background); a withdrawal at once. */
    private static void awaitOnWall(Page visitor, String words, boolean shown) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            visitor.navigate(APP + "/wall/hartono-law?lang=en");
            if (visitor.content().contains(words.substring(words.length() - 6)) == shown) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the wall " + (shown ? "never showed" : "still shows") + " the testimonial");
    }

    private <T> T asRudi(Supplier<T> work) {
        return TenantContext.callIn(Scope.member(firm(), DemoPeople.REALM.rudi(), "STAFF", null, false),
                () -> tx.execute(status -> work.get()));
    }

    private UUID firm() {
        return jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
    }

    /** A portrait as a phone takes it: a face-like disc on a warm gradient. */
    private static byte[] portrait() throws IOException {
        BufferedImage image = new BufferedImage(800, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x7a3e1d), 800, 1000, new Color(0xf2c57c)));
        g.fillRect(0, 0, 800, 1000);
        g.setColor(new Color(0xd9a47a));
        g.fillOval(220, 260, 360, 440);
        g.setColor(new Color(0x2a1a12));
        g.fillArc(200, 220, 400, 300, 0, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
