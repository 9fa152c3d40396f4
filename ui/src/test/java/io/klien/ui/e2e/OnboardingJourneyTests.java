package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.klien.localservices.CaughtMailbox;
import io.klien.shared.tenant.TenantContext;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new client's onboarding with the law firm's template, from start to an active client: staff start it and invite
 * the client's contact; the contact sets a password from the mail, fills the intake form, uploads a PDF and comments
 * in the portal; staff clear the conflict check, record KYC, mark the letter signed and schedule the kickoff.
 */
class OnboardingJourneyTests extends BrowserJourney {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CaughtMailbox mailbox;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    io.klien.clients.Clients clients;
    @Autowired
    io.klien.onboarding.OnboardingTemplates templates;
    @Autowired
    io.klien.onboarding.Onboardings onboardings;

    @Test
    void aClientIsOnboardedWithTheFirmAndThePortalUntilActive() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String clientName = "Maju Bersama " + suffix;
        String contactEmail = "sari-" + suffix + "@majubersama.test";
        Instant before = Instant.now().minusSeconds(1);

        // the tenant admin tunes the law firm's template
        page.navigate(APP + "/admin/onboarding-templates");
        signInOnKeycloak("lena@hartono-law.test", DEMO_PASSWORD);
        page.locator("#templates-grid a").filter(new Locator.FilterOptions().setHasText("New matter intake")).first().click();
        page.locator("#step-edit-3").click();
        page.locator("#step-instructions textarea").fill("Verify the identity of the signatory against the original "
                + "document (" + suffix + ").");
        page.locator("#step-save").click();
        page.locator("#template-save").click();
        assertThat(page.locator("#template-unsaved")).isHidden();
        if (page.locator("#template-publish").isEnabled()) {
            page.locator("#template-publish").click();
        }
        assertThat(page.locator("#template-status")).not().containsText("draft");
        screenshot("29-template-editor");

        page.navigate(APP + "/clients");
        page.locator("#clients-new").click();
        page.locator("#client-name input").fill(clientName);
        page.locator("#client-contact-name input").fill("Sari Wulandari");
        page.locator("#client-contact-email input").fill(contactEmail);
        page.locator("#client-save").click();
        assertThat(notice(clientName + " was added.")).isVisible();
        page.locator("#clients-filter-text input").fill(clientName);
        assertThat(page.locator("#clients-total")).hasText("1 client");
        page.locator("#clients-grid").getByText(clientName).filter(new Locator.FilterOptions().setVisible(true)).click();
        assertThat(page.locator("#client-detail-name")).hasText(clientName);

        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Contacts")).click();
        page.locator("#client-contacts vaadin-button").filter(new Locator.FilterOptions().setHasText("Invite to portal")).click();
        assertThat(notice("Portal invitation sent to " + contactEmail + ".")).isVisible();

        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Onboarding")).click();
        page.locator("#onboarding-start-template").click();
        option(page, "New matter intake").click();
        page.locator("#onboarding-start").click();
        assertThat(page.locator("#onboarding-progress")).containsText("0% done");
        page.waitForURL("**/onboarding/*");
        String checklistAddress = page.url();

        // the client's contact, in the portal
        BrowserContext contactProfile = newProfile();
        Page sari = acceptInvitation(contactProfile, mailbox, contactEmail, before, "Sari-Secret-2026", "#portal-greeting");
        assertThat(sari.locator("#portal-client-name")).hasText(clientName);
        // the notice of the running onboarding is written after the acceptance, by a listener of its own
        for (int attempt = 0; attempt < 30 && !sari.locator("#notifications-unread").isVisible(); attempt++) {
            sari.waitForTimeout(500);
            sari.reload();
        }
        assertThat(sari.locator("#notifications-unread")).containsText("1");
        assertThat(sari.locator("a.klien-portal-onboarding")).hasText("New matter intake");
        sari.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotPath("28-portal-home")));
        sari.locator("a.klien-portal-onboarding").first().click();
        assertThat(sari.locator("#onboarding-title")).hasText("New matter intake");

        sari.locator("#step-1-field-legal-name input").fill("PT " + clientName);
        sari.locator("#step-1-submit").click();
        assertThat(sari.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("need your attention"))).isVisible();
        assertThat(sari.locator("#step-1-field-email")).hasAttribute("invalid", "");
        sari.locator("#step-1-field-email input").fill(contactEmail);
        sari.locator("#step-1-field-phone input").fill("+62 21 555 0101");
        sari.locator("#step-1-field-matter-type").click();
        option(sari, "Corporate").click();
        sari.locator("#step-1-field-matter-summary textarea").fill("Shareholder agreement for a new joint venture.");
        sari.locator("#step-1-field-urgent vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("No")).click();
        sari.locator("#step-1-submit").click();
        assertThat(sari.locator("#step-1-state")).hasText("Done");

        sari.locator("#step-5-documents-upload input[type=file]")
                .setInputFiles(new FilePayload("akta-pendirian.pdf", "application/pdf", PDF));
        assertThat(sari.locator("#step-5-documents-files")).containsText("akta-pendirian.pdf");
        sari.locator("#step-5-comment-text textarea").fill("The latest amendment follows next week.");
        sari.locator("#step-5-comment-send").click();
        assertThat(sari.locator("#step-5-comments")).containsText("The latest amendment follows next week.");
        sari.locator("#step-5-documents-complete").click();
        assertThat(sari.locator("#step-5-state")).hasText("Done");
        sari.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotPath("31-portal-checklist")));
        // the same checklist on a phone: nothing wider than the screen
        sari.setViewportSize(390, 844);
        assertThat(sari.locator("#step-5-state")).isVisible();
        Assertions.assertThat((Boolean) sari.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the portal checklist fits a 390 px wide phone").isTrue();
        sari.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotPath("33-portal-checklist-phone")));
        sari.setViewportSize(1280, 800);

        // another client's onboarding, by its address: the same answer as for one that does not exist
        sari.navigate(APP + "/portal/onboarding/" + anotherClientsOnboarding());
        assertThat(sari.locator("#not-found-title")).isVisible();
        assertThat(sari.locator("#onboarding-checklist")).hasCount(0);

        // the firm finishes its steps
        page.navigate(checklistAddress);
        page.locator("#step-2-conflict-run").click();
        assertThat(page.locator("#step-2-conflict-summary")).containsText(clientName);
        page.locator("#step-2-conflict-choice vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Clear")).click();
        page.locator("#step-2-conflict-decide").click();
        assertThat(page.locator("#step-2-state")).hasText("Done");

        page.locator("#step-3-kyc-method").click();
        option(page, "In person").click();
        page.locator("#step-3-kyc-type").click();
        option(page, "Company registration").click();
        page.locator("#step-3-kyc-number input").fill("AHU-0012345.AH.01.01");
        page.locator("#step-3-kyc-record").click();
        assertThat(page.locator("#step-3-state")).hasText("Done");

        page.locator("#step-4-letter-mark").click();
        assertThat(page.locator("#step-4-state")).hasText("Done");

        String nextWeek = LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("M/d/yyyy"));
        page.locator("#step-6-kickoff-date input").fill(nextWeek);
        page.locator("#step-6-kickoff-date input").press("Enter");
        page.locator("#step-6-kickoff-place input").fill("Hartono & Partners, Jakarta");
        page.locator("#step-6-kickoff-attendees input").fill(contactEmail);
        page.locator("#step-6-kickoff-schedule").click();
        assertThat(page.locator("#step-6-state")).hasText("Done");
        org.assertj.core.api.Assertions.assertThat(kickoffMailTo(contactEmail))
                .as("the attendee is mailed the calendar invitation").isTrue();

        assertThat(page.locator("#onboarding-status")).hasText("Completed");
        assertThat(page.locator("#onboarding-progress")).containsText("100% done");
        page.locator("#step-5-details vaadin-details-summary").click();
        assertThat(page.locator("#step-5-documents-files")).containsText("akta-pendirian.pdf");
        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.locator("#step-5-documents-files a").filter(new Locator.FilterOptions().setHasText("akta-pendirian.pdf")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("akta-pendirian.pdf");
        org.assertj.core.api.Assertions.assertThat(download.failure()).isNull();
        screenshot("30-staff-checklist");

        page.navigate(APP + "/onboarding");
        page.locator("#onboarding-filter-status").click();
        option(page, "Completed").click();
        assertThat(page.locator("#onboarding-grid")).containsText(clientName);
        screenshot("32-onboarding-board");
        page.navigate(checklistAddress);
        page.locator("#onboarding-client-link").click();
        assertThat(page.locator("#client-detail-name")).hasText(clientName);
        assertThat(page.locator("#client-status")).hasText("Active");
        contactProfile.close();
    }

    /** Whether a kickoff invitation reaches the address within 20 s (other notices may arrive around it). */
    private boolean kickoffMailTo(String address) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (mailbox.to(address).stream().anyMatch(m -> m.subject().toLowerCase(java.util.Locale.ROOT).contains("kickoff"))) {
                return true;
            }
            page.waitForTimeout(200);
        }
        return false;
    }

    /** An onboarding of another client of the same firm, started directly through the services. */
    private UUID anotherClientsOnboarding() {
        UUID firm = jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
        return TenantContext.callIn(TenantContext.Scope.system(firm), () -> {
            UUID client = clients.create("Other client " + UUID.randomUUID().toString().substring(0, 6),
                    io.klien.clients.ClientKind.ORGANIZATION).id();
            UUID template = templates.list().stream().filter(t -> t.currentVersion() != null).findFirst().orElseThrow()
                    .templateId();
            return onboardings.start(client, template).onboarding().id();
        });
    }

    /** An option of the open select overlay (the select's own value shows the same text). */
    private static Locator option(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator notice(String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }
}
