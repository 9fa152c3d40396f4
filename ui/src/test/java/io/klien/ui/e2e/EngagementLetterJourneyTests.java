package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.klien.contracts.Contracts;
import io.klien.contracts.Money;
import io.klien.local.demo.DemoPeople;
import io.klien.localservices.CaughtMailbox;
import io.klien.onboarding.Checklist;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.onboarding.StepDefinition;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepType;
import io.klien.onboarding.TemplateDefinition;
import io.klien.onboarding.TemplateView;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engagement letter from start to seal in Chromium: the tenant admin edits the law firm's contract template; staff
 * draft the letter from the onboarding's engagement-letter step, above the approval threshold, so the admin approves
 * it before it is sent; the client's contact signs in the portal on a phone with the mailed code; the firm's signatory
 * counter-signs; the onboarding step is done; the sealed PDF is downloaded, its certificate page rendered to PNG, and
 * it is checked on the public verification page (untouched), then a copy with one changed byte (modified).
 */
class EngagementLetterJourneyTests extends BrowserJourney {

    @Autowired CaughtMailbox mailbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Contracts contracts;
    @Autowired OnboardingTemplates onboardingTemplates;
    @Autowired Onboardings onboardings;

    @Test
    void aLetterDraftedFromOnboardingIsApprovedSignedByBothSidesSealedAndVerified() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String clientName = "Perikatan Jaya " + suffix;
        String contactEmail = "ayu-" + suffix + "@perikatan.test";
        String title = "Engagement letter " + suffix;
        Instant before = Instant.now().minusSeconds(1);
        UUID firm = jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
        Scope lena = Scope.member(firm, DemoPeople.REALM.lena(), "TENANT_ADMIN", null, false);
        Money threshold = TenantContext.callIn(lena, contracts::approvalThreshold);
        try {
            // the tenant admin adds a clause to the firm's engagement letter and sets the approval threshold
            page.navigate(APP + "/admin/contract-templates");
            signInOnKeycloak("lena@hartono-law.test", DEMO_PASSWORD);
            page.locator("#contract-templates-grid").getByText("Engagement letter")
                    .filter(new Locator.FilterOptions().setVisible(true)).first().click();
            Locator body = page.locator("#contract-template-body textarea");
            String clause = "## Data protection " + suffix;
            body.fill(body.inputValue() + "\n\n" + clause + "\n\nThe firm keeps {{client.name}}'s data confidential.\n");
            page.locator("#contract-template-save").click();
            assertThat(page.locator("vaadin-notification-card").first()).isVisible();
            screenshot("70-contract-template-edited");
            page.navigate(APP + "/admin/contract-settings");
            page.locator("#contract-settings-approval input").check();
            page.locator("#contract-settings-threshold input").fill("100000000");
            page.locator("#contract-settings-save").click();
            assertThat(notice(page, "need approval")).isVisible();

            // staff add the client with its contact and invite the contact, who accepts on her phone
            BrowserContext staffProfile = newProfile();
            Page rudi = staffProfile.newPage();
            rudi.navigate(APP + "/clients");
            signInOnKeycloak(rudi, "rudi@hartono-law.test", DEMO_PASSWORD);
            rudi.locator("#clients-new").waitFor();
            SigningSteps.newClientWithPortalContact(rudi, clientName, "Ayu Lestari", contactEmail);
            BrowserContext phone = newProfile();
            Page ayu = acceptInvitation(phone, mailbox, contactEmail, before, "Ayu-Secret-2026", "#portal-greeting");
            ayu.setViewportSize(375, 812);

            // an onboarding whose engagement letter step drafts the contract
            UUID onboarding = startedOnboarding(firm, clientName, suffix);
            rudi.navigate(APP + "/onboarding/" + onboarding);
            rudi.locator("#step-1-letter-draft").click();
            assertThat(rudi.locator("#contract-draft-for-letter")).isVisible();
            rudi.locator("#contract-title input").fill(title);
            rudi.locator("#terms-fee-model").click();
            rudi.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Fixed fee")).click();
            rudi.locator("#terms-fee-amount input").fill("150000000");
            rudi.locator("#contract-client-signatories input").click();
            rudi.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                    .setHasText("Ayu Lestari")).click();
            rudi.keyboard().press("Escape");
            rudi.locator("#contract-firm-signatory input").fill("Rudi");
            rudi.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Rudi Santoso"))
                    .click();
            rudi.locator("#contract-signing-order vaadin-radio-button").filter(new Locator.FilterOptions()
                    .setHasText("One after another")).click();
            rudi.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(screenshotPath("71-letter-terms-form")));
            rudi.locator("#contract-save").click();
            assertThat(rudi.locator("#contract-status")).hasText("Draft");
            assertThat(rudi.locator("#contract-preview")).containsText("Data protection " + suffix);
            // Vaadin updates the address just after the page: wait for it before reading the contract's id from it
            rudi.waitForURL(Pattern.compile(".*/contracts/[0-9a-f-]{36}$"));
            String contractId = rudi.url().replaceFirst(".*/contracts/", "");

            // above the threshold: approval first
            Assertions.assertThat(rudi.locator("#contract-send").count()).isZero();
            rudi.locator("#contract-request-approval").click();
            assertThat(rudi.locator("#contract-status")).hasText("Awaiting approval");
            page.navigate(APP + "/contracts/" + contractId);
            page.locator("#contract-approve").click();
            assertThat(page.locator("#contract-status")).hasText("Draft");
            rudi.navigate(APP + "/contracts/" + contractId);
            rudi.locator("#contract-send").click();
            assertThat(rudi.locator("#contract-status")).hasText("Sent");

            // the client's contact signs on her phone from the onboarding checklist's link
            ayu.navigate(APP + "/portal/contracts/" + contractId);
            assertThat(ayu.locator("#signing-title")).hasText(title);
            SigningSteps.readConsentAndConfirmTheCode(ayu, mailbox, contactEmail, title);
            ayu.locator("#signing-typed-name input").fill("Ayu Lestari");
            SigningSteps.fitsThePhone(ayu, "the portal signing page");
            ayu.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(screenshotPath("72-portal-letter-signing-phone")));
            ayu.locator("#signing-sign").click();
            assertThat(ayu.locator("#signing-state")).containsText("You signed on");

            // the firm's signatory counter-signs and downloads the sealed letter
            rudi.navigate(APP + "/contracts/" + contractId + "/sign");
            SigningSteps.readConsentAndConfirmTheCode(rudi, mailbox, "rudi@hartono-law.test", title);
            rudi.locator("#signing-typed-name input").fill("Rudi Santoso");
            rudi.locator("#signing-sign").click();
            assertThat(rudi.locator("#signing-contract-status")).hasText("Active");
            Download download = rudi.waitForDownload(() -> rudi.locator("#signing-download").click());
            Path pdf = screenshotPath("73-sealed-letter").resolveSibling("73-sealed-letter.pdf");
            download.saveAs(pdf);
            byte[] sealed = Files.readAllBytes(pdf);
            Assertions.assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).contains("/ByteRange");
            SigningSteps.renderLastPage(pdf, screenshotPath("74-certificate-page"));

            // the onboarding's engagement letter step is done
            Instant until = Instant.now().plusSeconds(20);
            do {
                rudi.navigate(APP + "/onboarding/" + onboarding);
                rudi.locator("#step-1").waitFor();
            } while (rudi.locator("#step-1-letter-summary").count() == 0 && Instant.now().isBefore(until));
            assertThat(rudi.locator("#step-1-letter-summary")).containsText("was signed on");
            assertThat(rudi.locator("#step-1-state")).hasText("Done");
            assertThat(rudi.locator("#step-1")).containsText("Completed on");
            rudi.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(screenshotPath("75-onboarding-letter-done")));

            // anyone holding the PDF checks it on the firm's public page: the download is untouched, one byte is not
            Page visitor = newProfile().newPage();
            visitor.navigate(APP + "/verify/hartono-law");
            verify(visitor, "signed-letter.pdf", sealed);
            Assertions.assertThat(visitor.locator("#verify-outcome").innerText()).isEqualTo("Untouched Klien original");
            visitor.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(screenshotPath("76-verify-signed-letter")));
            byte[] changed = Arrays.copyOf(sealed, sealed.length);
            int at = new String(sealed, StandardCharsets.ISO_8859_1).indexOf("Data protection");
            changed[at > 0 ? at : sealed.length / 3] ^= 0x01;
            verify(visitor, "signed-letter-changed.pdf", changed);
            Assertions.assertThat(visitor.locator("#verify-outcome").innerText()).isEqualTo("Modified after sealing");
            visitor.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(screenshotPath("77-verify-changed-letter")));
            phone.close();
            staffProfile.close();
        } finally {
            TenantContext.callIn(lena, () -> contracts.requireApprovalAbove(threshold));
        }
    }

    /** An onboarding of one engagement-letter step for the client, started by Rudi (the UI start is another journey). */
    private UUID startedOnboarding(UUID firm, String clientName, String suffix) {
        Scope lena = Scope.member(firm, DemoPeople.REALM.lena(), "TENANT_ADMIN", null, false);
        UUID template = TenantContext.callIn(lena, () -> {
            TemplateView created = onboardingTemplates.create(new TemplateDefinition("Letter only " + suffix, null,
                    null, null, List.of(StepDefinition.of("letter", "Engagement letter", StepType.ENGAGEMENT_LETTER,
                            StepSide.FIRM))));
            return onboardingTemplates.publish(created.templateId(), created.revision()).templateId();
        });
        Scope rudi = Scope.member(firm, DemoPeople.REALM.rudi(), "STAFF", null, false);
        return TenantContext.callIn(rudi, () -> {
            UUID client = tx.execute(status -> jdbc.queryForObject("select id from client where name = ?", UUID.class,
                    clientName));
            Checklist started = onboardings.start(client, template);
            return started.onboarding().id();
        });
    }

    private static void verify(Page visitor, String name, byte[] pdf) {
        visitor.locator("#verify-upload input[type=file]").setInputFiles(new FilePayload(name, "application/pdf", pdf));
        visitor.locator("#verify-result p").filter(new Locator.FilterOptions().setHasText(name)).waitFor();
    }

    private static Locator notice(Page page, String text) {
        return SigningSteps.notice(page, text);
    }
}
