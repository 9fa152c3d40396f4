package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.klien.clients.ClientContacts;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.Fee;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.Penalties;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.local.demo.DemoPeople;
import io.klien.localservices.CaughtMail;
import io.klien.localservices.CaughtMailbox;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contract signed in Chromium by both sides: staff send it; the client's contact, invited to the portal, signs it on
 * a 375 px wide phone (reads it to the end, consents, confirms the code from the mail catcher, draws a signature);
 * the firm's signatory counter-signs in the workspace with a typed name and downloads the sealed PDF, which is kept
 * under target/e2e-screenshots next to the screenshots of the portal signing page (phone, desktop) and the
 * confirmations.
 */
class ContractSigningJourneyTests extends BrowserJourney {

    @Autowired CaughtMailbox mailbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired ClientContacts clientContacts;

    @Test
    void theClientSignsOnAPhoneTheFirmCounterSignsAndTheSealedPdfIsDownloaded() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String clientName = "Tanda Tangan " + suffix;
        String contactEmail = "wulan-" + suffix + "@tandatangan.test";
        Instant before = Instant.now().minusSeconds(1);

        // staff add the client with its contact and invite the contact to the portal
        page.navigate(APP + "/clients");
        signInOnKeycloak("rudi@hartono-law.test", DEMO_PASSWORD);
        page.locator("#clients-new").waitFor();
        SigningSteps.newClientWithPortalContact(page, clientName, "Wulan Sari", contactEmail);

        // the contact accepts on her phone
        BrowserContext phone = newProfile();
        Page wulan = acceptInvitation(phone, mailbox, contactEmail, before, "Wulan-Secret-2026", "#portal-greeting");
        wulan.setViewportSize(375, 812);

        // a contract drafted for her to sign first and Rudi for the firm after her; staff send it from its page
        ContractView draft = drafted(clientName, "Engagement letter " + suffix);
        page.navigate(APP + "/contracts/" + draft.id());
        page.locator("#contract-send").click();
        assertThat(page.locator("#contract-status")).hasText("Sent");
        assertThat(page.locator("#contract-sign")).hasCount(0);

        // the invitation to sign links to the contract's page in the portal; the portal home lists it as a task
        Assertions.assertThat(invitationLink(contactEmail, draft.title()))
                .isEqualTo(APP + "/portal/contracts/" + draft.id());
        wulan.navigate(APP + "/portal");
        assertThat(wulan.locator("#portal-sign-" + draft.id())).hasText("Sign \u201c" + draft.title() + "\u201d");
        wulan.locator("#portal-sign-" + draft.id()).click();
        assertThat(wulan.locator("#signing-title")).hasText(draft.title());
        assertThat(wulan.locator("#signing-sign")).isDisabled();
        assertThat(wulan.locator("#signing-read")).isDisabled();
        SigningSteps.fitsThePhone(wulan, "the portal signing page");
        wulan.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotPath("60-portal-signing-phone")));
        ceremony(wulan, "60-portal-signing-phone-whole");
        wulan.setViewportSize(1280, 800);
        wulan.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotPath("61-portal-signing-desktop")));
        ceremony(wulan, "61-portal-signing-desktop-whole");
        wulan.setViewportSize(375, 812);

        try {
            SigningSteps.readConsentAndConfirmTheCode(wulan, mailbox, contactEmail, draft.title());
        } catch (AssertionError | RuntimeException e) {
            wulan.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("failed-portal-ceremony")));
            ceremony(wulan, "failed-portal-ceremony-whole");
            throw e;
        }
        wulan.locator("#signing-mode vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Draw my signature")).click();
        drawASignature(wulan);
        SigningSteps.fitsThePhone(wulan, "the ceremony ready to sign");
        ceremony(wulan, "62-portal-ready-to-sign-phone");
        wulan.locator("#signing-sign").click();
        assertThat(wulan.locator("#signing-state")).containsText("You signed on");
        assertThat(wulan.locator("#signing-waiting")).containsText("once all signatories have signed");
        SigningSteps.fitsThePhone(wulan, "the signed confirmation");
        wulan.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotPath("63-portal-signed-phone")));
        ceremony(wulan, "63-portal-signed-phone-whole");

        // the firm's signatory counter-signs from the contract's page
        page.navigate(APP + "/contracts/" + draft.id());
        assertThat(page.locator("#contract-status")).hasText("Partly signed");
        page.locator("#contract-sign").click();
        page.waitForURL("**/contracts/" + draft.id() + "/sign");
        SigningSteps.readConsentAndConfirmTheCode(page, mailbox, "rudi@hartono-law.test", draft.title());
        page.locator("#signing-typed-name input").fill("Rudi Santoso");
        page.locator("#signing-sign").click();
        assertThat(page.locator("#signing-state")).containsText("You signed on");
        assertThat(page.locator("#signing-contract-status")).hasText("Active");
        screenshot("64-firm-signed-confirmation");
        ceremony(page, "64-firm-signed-confirmation-whole");

        Download download = page.waitForDownload(() -> page.locator("#signing-download").click());
        Assertions.assertThat(download.failure()).isNull();
        Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
        Path pdf = screenshotPath("65-signed-contract").resolveSibling("65-signed-contract.pdf");
        download.saveAs(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        Assertions.assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Assertions.assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("sealed: a signature dictionary").contains("/ByteRange");

        // the contact sees it complete and can fetch the same PDF
        wulan.navigate(APP + "/portal/contracts");
        assertThat(wulan.locator("#portal-contract-state-" + draft.id())).hasText("Signed by everyone");
        wulan.locator("#portal-contract-" + draft.id()).click();
        assertThat(wulan.locator("#signing-download")).isVisible();
        SigningSteps.fitsThePhone(wulan, "the completed contract");
        wulan.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotPath("66-portal-complete-phone")));
        phone.close();
    }

    /** The whole ceremony, also where it is taller than the window (the layout scrolls its content, not the page). */
    private static void ceremony(Page signer, String name) {
        com.microsoft.playwright.options.ViewportSize window = signer.viewportSize();
        for (int pass = 0; pass < 2; pass++) {
            int tall = ((Number) signer.evaluate("document.getElementById('signing-ceremony').scrollHeight")).intValue();
            signer.setViewportSize(window.width, Math.max(window.height, tall + 160));
        }
        signer.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath(name)));
        signer.setViewportSize(window.width, window.height);
    }

    private static void drawASignature(Page signer) {
        Locator pad = signer.locator("#signing-pad");
        pad.scrollIntoViewIfNeeded();
        BoundingBox box = pad.boundingBox();
        double x = box.x + box.width * 0.1;
        double y = box.y + box.height * 0.6;
        signer.mouse().move(x, y);
        signer.mouse().down();
        for (int i = 1; i <= 24; i++) {
            signer.mouse().move(x + box.width * 0.75 * i / 24, y - Math.sin(i / 3.0) * box.height * 0.3);
        }
        signer.mouse().up();
    }

    /** The link in the mail that invites the address to sign the contract. */
    private String invitationLink(String email, String title) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            for (CaughtMail mail : mailbox.to(email)) {
                if (mail.subject().contains("Please sign \u201c" + title) || mail.subject().contains("Please sign \"" + title)) {
                    return mail.links().stream().filter(l -> l.startsWith(APP)).findFirst().orElse("");
                }
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("No invitation to sign \"" + title + "\" reached " + email);
    }

    /** A draft for the client's contact to sign first, then Rudi for the firm; made by Rudi through the services. */
    private ContractView drafted(String clientName, String title) {
        UUID firm = jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
        return TenantContext.callIn(Scope.member(firm, DemoPeople.REALM.rudi(), "STAFF", null, false), () -> {
            UUID client = tx.execute(status -> jdbc.queryForObject("select id from client where name = ?", UUID.class,
                    clientName));
            UUID contact = clientContacts.contacts(client).getFirst().id();
            LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
            ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Corporate advice", null, false)),
                    Fee.fixed(Money.of(25_000_000, "IDR")), new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14),
                    Term.fixed(start, start.plusYears(1)), List.of(), Penalties.none(),
                    new Termination(30, Money.of(2_500_000, "IDR")), true, false);
            return contracts.draft(client, templates.list().getFirst().templateId(), new ContractDraft(title, null,
                    terms, List.of(SignatoryChoice.clientContact(contact), SignatoryChoice.firmMember(
                            DemoPeople.REALM.rudi())), SigningOrder.SEQUENTIAL, start.plusDays(14)));
        });
    }
}
