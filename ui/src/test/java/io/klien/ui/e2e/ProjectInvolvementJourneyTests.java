package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
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
import io.klien.contracts.Quota;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.ServiceLevel;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.local.demo.DemoPeople;
import io.klien.localservices.CaughtMailbox;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportRequests;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A client's involvement in a project, in Chromium from the signed contract to the answered support request: staff
 * create the project with the signed contract's "Create project" button, post an update and submit a deliverable; the
 * client's contact sees both in the portal and asks for changes with a comment; staff submit version 2 as a file; the
 * client approves it and downloads the sealed acceptance certificate (read with poppler's pdftotext, its seal checked by
 * pdfsig and on the firm's public verification page); the client raises a support request and staff answer it within
 * the contract's service level.
 */
class ProjectInvolvementJourneyTests extends BrowserJourney {

    private static final String RUDI = "rudi@hartono-law.test";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired CaughtMailbox mailbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired ClientContacts clientContacts;
    @Autowired SupportRequests supportRequests;

    @Test
    void fromTheSignedContractToAnApprovedDeliverableAndAnAnsweredSupportRequest() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String clientName = "Cipta Kreasi " + suffix;
        String contactEmail = "dewi-" + suffix + "@ciptakreasi.test";
        String title = "Trademark registration " + suffix;
        Instant before = Instant.now().minusSeconds(1);

        // staff add the client with its contact, who accepts the portal invitation
        page.navigate(APP + "/clients");
        signInOnKeycloak(RUDI, DEMO_PASSWORD);
        page.locator("#clients-new").waitFor();
        // Rudi puts up his photo (the client sees it on their account team): cropped and resized by Klien
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#my-photo").click();
        page.locator("#my-photo-upload input[type=file]")
                .setInputFiles(new FilePayload("rudi.jpg", "image/jpeg", portrait()));
        assertThat(SigningSteps.notice(page, "Your photo is saved.")).isVisible();
        assertThat(page.locator("#my-photo-preview")).hasAttribute("img", Pattern.compile(".+"));
        page.locator("#my-photo-done").click();
        assertThat(page.locator("#user-avatar")).hasAttribute("img", Pattern.compile(".+"));
        SigningSteps.newClientWithPortalContact(page, clientName, "Dewi Anggraini", contactEmail);
        BrowserContext clientProfile = newProfile();
        Page dewi = acceptInvitation(clientProfile, mailbox, contactEmail, before, "Dewi-Secret-2026",
                "#portal-greeting");

        // the contract is sent, signed by the client in the portal and by Rudi for the firm
        ContractView contract = drafted(clientName, title);
        page.navigate(APP + "/contracts/" + contract.id());
        page.locator("#contract-send").click();
        assertThat(page.locator("#contract-status")).hasText("Sent");
        dewi.navigate(APP + "/portal/contracts/" + contract.id());
        SigningSteps.readConsentAndConfirmTheCode(dewi, mailbox, contactEmail, title);
        dewi.locator("#signing-typed-name input").fill("Dewi Anggraini");
        dewi.locator("#signing-sign").click();
        assertThat(dewi.locator("#signing-state")).containsText("You signed on");
        page.navigate(APP + "/contracts/" + contract.id() + "/sign");
        SigningSteps.readConsentAndConfirmTheCode(page, mailbox, RUDI, title);
        page.locator("#signing-typed-name input").fill("Rudi Santoso");
        page.locator("#signing-sign").click();
        assertThat(page.locator("#signing-contract-status")).hasText("Active");

        // staff create the project from the signed contract: its scope items are the milestones
        page.navigate(APP + "/contracts/" + contract.id());
        page.locator("#contract-create-project").click();
        assertThat(page.locator("#project-title")).hasText(title);
        assertThat(page.locator("#project-client")).hasText(clientName);
        assertThat(page.locator("#project-contract")).isVisible();
        assertThat(page.locator("#project-milestones .klien-milestone")).hasCount(2);
        assertThat(page.locator("#project-milestones")).containsText("Filing with the trademark office");
        // Vaadin updates the address just after the page: wait for it before reading the project's id from it
        page.waitForURL(Pattern.compile(".*/projects/[0-9a-f-]{36}$"));
        String projectId = page.url().replaceFirst(".*/projects/", "");
        page.navigate(APP + "/contracts/" + contract.id());
        assertThat(page.locator("#contract-project")).isVisible();
        assertThat(page.locator("#contract-create-project")).hasCount(0);
        page.navigate(APP + "/projects/" + projectId);
        assertThat(page.locator("#project-milestones .klien-milestone")).hasCount(2);
        Assertions.assertThat(((Number) page.locator("#view-title").evaluate(
                "e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)")).doubleValue())
                .as("lines the project's title takes in the top bar").isLessThan(1.5);
        assertThat(page.locator("#user-name")).isVisible();
        // the last milestone's label reads inwards from its marker, in full, and the line's end does not repeat its date
        Locator lastLabel = page.locator("#project-timeline .klien-timeline-near-end .klien-timeline-label");
        assertThat(lastLabel).containsText("Filing with the trademark office");
        BoundingBox line = page.locator("#project-timeline").boundingBox();
        BoundingBox label = lastLabel.boundingBox();
        Assertions.assertThat(label.x + label.width).as("the last label's right edge")
                .isLessThanOrEqualTo(line.x + line.width + 1);
        Assertions.assertThat((Boolean) lastLabel.locator("span").first()
                .evaluate("e => e.scrollWidth <= e.clientWidth")).as("the last label's title is not cut").isTrue();
        assertThat(page.locator("#project-timeline .klien-timeline-ends span").last()).hasText("");
        whole(page, "78-staff-project-from-contract");

        // an update, then a deliverable's first version as a link
        page.locator("#project-tab-updates").click();
        page.locator("#project-update-post").click();
        page.locator("#project-update-done textarea").fill("Searched the trademark register in classes 25 and 35.");
        page.locator("#project-update-next textarea").fill("Clearance opinion for your review this week.");
        page.locator("#project-update-internal-note textarea").fill("Possible conflict with an older mark in class 25; partner to review.");
        page.locator("#project-update-submit").click();
        assertThat(page.locator("#project-updates-list")).containsText("classes 25 and 35");
        page.locator("#project-tab-deliverables").click();
        page.locator("#project-deliverable-add").click();
        page.locator("#project-deliverable-title input").fill("Clearance opinion");
        page.locator("#project-deliverable-save").click();
        Locator submit = page.locator("[id^=project-deliverable-submit-]");
        String deliverableId = submit.getAttribute("id").substring("project-deliverable-submit-".length());
        submit.click();
        page.locator("#project-version-url input").fill("https://drive.example/cipta/clearance-opinion-v1");
        page.locator("#project-version-note input").fill("Two earlier marks need your view.");
        page.locator("#project-version-submit").click();
        assertThat(page.locator("#project-deliverables-list")).containsText("In review");

        // the client finds the version to review on the portal home, reads the update and asks for changes
        dewi.navigate(APP + "/portal");
        Locator toReview = dewi.locator("#portal-tasks [id^=portal-task-review-]");
        assertThat(toReview).hasText("Review \u201cClearance opinion\u201d, version 1");
        assertThat(dewi.locator("#portal-projects")).containsText(title);
        assertThat(dewi.locator("#portal-account-team vaadin-avatar").first()).hasAttribute("img",
                Pattern.compile(".+"));
        whole(dewi, "79-portal-home-to-review");
        toReview.click();
        assertThat(dewi.locator("#portal-project-title")).hasText(title);
        assertThat(dewi.locator("#portal-project-updates")).containsText("classes 25 and 35");
        assertThat(dewi.locator("#portal-project-updates")).not().containsText("partner to review");
        assertThat(dewi.locator("#portal-deliverable-state-" + deliverableId)).hasText("In review");
        dewi.locator("#portal-review-" + deliverableId).click();
        assertThat(dewi.locator("#portal-review-note")).hasText("Two earlier marks need your view.");
        dewi.locator("#portal-review-request-changes").click();
        assertThat(dewi.locator("#portal-review-comment")).hasAttribute("invalid", "");
        dewi.locator("#portal-review-comment textarea").fill("Please add the search results for class 35 as well.");
        dewi.locator("#portal-review-request-changes").click();
        assertThat(SigningSteps.notice(dewi, "Your change request was sent")).isVisible();
        assertThat(dewi.locator("#portal-deliverable-state-" + deliverableId)).hasText("Changes requested");
        assertThat(dewi.locator("#portal-usage-0")).containsText("1 of 3 revision rounds used");

        // staff see the request with its comment and submit version 2 as a file
        page.navigate(APP + "/projects/" + projectId + "?tab=deliverables");
        assertThat(page.locator("#project-deliverables-list")).containsText("Changes requested");
        assertThat(page.locator("[id^=project-version-decision-]")).containsText("class 35 as well");
        page.locator("#project-deliverable-submit-" + deliverableId).click();
        page.locator("#project-version-source vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("A file")).click();
        page.locator("#project-version-upload input[type=file]")
                .setInputFiles(new FilePayload("clearance-opinion-v2.pdf", "application/pdf", PDF));
        assertThat(page.locator("#project-version-received")).containsText("clearance-opinion-v2.pdf");
        page.locator("#project-version-note input").fill("Class 35 results added.");
        page.locator("#project-version-submit").click();
        assertThat(SigningSteps.notice(page, "Version 2 of Clearance opinion submitted")).isVisible();

        // the client approves version 2 and downloads the acceptance certificate
        dewi.navigate(APP + "/portal/projects/" + projectId);
        assertThat(dewi.locator("#portal-deliverable-" + deliverableId)).containsText("version 2");
        dewi.locator("#portal-review-" + deliverableId).click();
        assertThat(dewi.getByText("Review \u201cClearance opinion\u201d, version 2",
                new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(dewi.locator("#portal-review-note")).hasText("Class 35 results added.");
        dewi.locator("#portal-review-comment textarea").fill("Approved, thank you.");
        settled(dewi);
        dewi.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("80-portal-approval-dialog")));
        dewi.locator("#portal-review-approve").click();
        assertThat(SigningSteps.notice(dewi, "your acceptance certificate is ready")).isVisible();
        assertThat(dewi.locator("#portal-deliverable-state-" + deliverableId)).hasText("Approved");
        Locator certificate = dewi.locator("[id^=portal-certificate-]");
        assertThat(certificate).hasText(Pattern.compile("Acceptance certificate of version 2 .*"));
        // the page as the client comes back to it, without the notice over it; then on a phone
        dewi.navigate(APP + "/portal/projects/" + projectId);
        assertThat(certificate).isVisible();
        whole(dewi, "81-portal-project");
        dewi.setViewportSize(375, 812);
        SigningSteps.fitsThePhone(dewi, "the portal project page");
        whole(dewi, "82-portal-project-phone");
        dewi.setViewportSize(1280, 800);
        Download download = dewi.waitForDownload(certificate::click);
        Assertions.assertThat(download.failure()).isNull();
        Assertions.assertThat(download.suggestedFilename()).endsWith("-v2.pdf");
        Path pdf = screenshotPath("83-acceptance-certificate").resolveSibling("83-acceptance-certificate.pdf");
        download.saveAs(pdf);
        // NFKC: pdftotext reports the font's ligatures ("\ufb01") as such
        String text = Normalizer.normalize(run("pdftotext", "-layout", pdf.toString(), "-"), Normalizer.Form.NFKC);
        Assertions.assertThat(text).contains("Clearance opinion").contains(title).contains(clientName)
                .containsPattern("(Version|Versi)\\s+2\\b").contains("clearance-opinion-v2.pdf");
        String seal = run("pdfsig", pdf.toString());
        Assertions.assertThat(seal).as("poppler's pdfsig on the certificate").contains("Signature #1")
                .contains("Signature Validation: Signature is Valid.").contains("Total document signed")
                .contains("Hartono");
        SigningSteps.renderLastPage(pdf, screenshotPath("83-acceptance-certificate"));

        // anyone holding the certificate checks it on the firm's public page: the download is the untouched original,
        // recorded under the code it carries
        BrowserContext visitorProfile = newProfile();
        Page visitor = visitorProfile.newPage();
        visitor.navigate(APP + "/verify/hartono-law");
        visitor.locator("#verify-upload input[type=file]").setInputFiles(pdf);
        visitor.locator("#verify-result p").filter(new Locator.FilterOptions().setHasText(pdf.getFileName().toString()))
                .waitFor();
        Assertions.assertThat(visitor.locator("#verify-outcome").innerText()).isEqualTo("Untouched Klien original");
        assertThat(visitor.locator("#verify-sealed-by")).containsText("Hartono");
        String code = visitor.locator("#verify-code-value").innerText();
        Assertions.assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        // nobody signs a certificate: no empty "Signed by", no contract's certificate page
        assertThat(visitor.locator("#verify-signatories")).hasCount(0);
        assertThat(visitor.locator("#verify-result")).containsText("SHA-256 of the document before it was sealed");
        visitor.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshotPath("88-verify-acceptance-certificate")));
        visitor.locator("#verify-code input").fill(code);
        visitor.locator("#verify-code-check").click();
        assertThat(visitor.locator("#verify-outcome")).hasText("A sealed document is recorded under this code");
        Assertions.assertThat(visitor.locator("#verify-sealed-sha256").innerText())
                .isEqualToIgnoringCase(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(pdf))));
        visitorProfile.close();

        // staff see version 2 approved and its certificate
        page.navigate(APP + "/projects/" + projectId + "?tab=deliverables");
        assertThat(page.locator("#project-deliverables-list")).containsText("Approved by Dewi Anggraini");
        Locator staffCertificate = page.locator("[id^=project-version-certificate-]");
        assertThat(staffCertificate).hasCount(1);
        String approvedVersion = staffCertificate.getAttribute("id").substring("project-version-certificate-".length());
        // the certificate has a line of its own with an icon, above the version's comments
        assertThat(staffCertificate.locator("xpath=..").locator("vaadin-icon")).hasCount(1);
        BoundingBox certificateBox = staffCertificate.boundingBox();
        Assertions.assertThat(page.locator("#project-version-comments-" + approvedVersion).boundingBox().y)
                .isGreaterThanOrEqualTo(certificateBox.y + certificateBox.height);
        assertThat(page.locator("#project-revision-rounds")).hasText("Revision rounds used: 1 of 3");
        whole(page, "84-staff-project-deliverables");

        // the client raises a support request from the portal, on a phone
        dewi.setViewportSize(375, 812);
        dewi.navigate(APP + "/portal");
        dewi.locator("#portal-support-link").click();
        dewi.locator("#portal-support-category input").fill("Documents");
        dewi.locator("#portal-support-priority").click();
        dewi.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("High")).click();
        dewi.locator("#portal-support-description textarea").fill("We need a certified copy of the filing receipt for our bank.");
        dewi.locator("#portal-support-raise").click();
        assertThat(SigningSteps.notice(dewi, "The firm answers by")).isVisible();
        Locator state = dewi.locator("[id^=portal-support-state-]");
        assertThat(state).hasText("Open");
        UUID requestId = UUID.fromString(state.getAttribute("id").substring("portal-support-state-".length()));
        dewi.navigate(APP + "/portal/support");
        assertThat(state).hasText("Open");
        SigningSteps.fitsThePhone(dewi, "the portal support page");
        whole(dewi, "85-portal-support-phone");

        // staff answer it from the queue before its first-reply target
        page.navigate(APP + "/support");
        page.locator("#support-grid").getByText(clientName).filter(new Locator.FilterOptions().setVisible(true))
                .first().click();
        assertThat(page.locator("#support-description")).hasText("We need a certified copy of the filing receipt for our bank.");
        assertThat(page.locator("#support-first-response")).containsText("left");
        page.locator("#support-assign-me").click();
        // assigning redraws the dialog: write the reply in the redrawn one
        assertThat(SigningSteps.notice(page, "Assigned to Rudi Santoso.")).isVisible();
        assertThat(page.locator("#support-assign-me")).hasCount(0);
        page.locator("#support-reply-body textarea").fill("We are requesting the certified copy today and will upload it here.");
        page.locator("#support-reply-send").click();
        assertThat(page.locator("#support-messages")).containsText("requesting the certified copy");
        Locator firstReply = page.locator("#support-first-response");
        assertThat(firstReply).containsText("Answered");
        assertThat(firstReply).not().containsText("late");
        assertThat(firstReply).not().hasClass(Pattern.compile(".*klien-overdue-text.*"));
        noNotices(page);
        screenshot("86-support-request-answered");
        page.locator("#support-dialog vaadin-button").filter(new Locator.FilterOptions().setHasText("Close")).click();
        assertThat(page.locator("#support-dialog")).hasCount(0);
        Locator answeredCell = page.locator("#support-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Answered")).first();
        assertThat(answeredCell).isVisible();
        assertThat(answeredCell).hasText("Answered");
        // every column fits the 1280 px window, the client's name in full
        Assertions.assertThat(((Number) page.locator("#support-grid").evaluate(
                "g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth - t.clientWidth; }"))
                .intValue()).as("how far the queue's columns reach past it").isLessThanOrEqualTo(0);
        Locator clientCell = page.locator("#support-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(clientName)).first();
        Assertions.assertThat((Boolean) clientCell.evaluate("e => e.scrollWidth <= e.clientWidth"))
                .as("the client's name is not cut").isTrue();
        noNotices(page);
        whole(page, "87-support-queue");
        SupportRequestView answered = TenantContext.callIn(rudi(), () -> supportRequests.get(requestId));
        Assertions.assertThat(answered.firstRespondedAt()).isNotNull().isBefore(answered.firstResponseDue());
        Assertions.assertThat(answered.breached()).isFalse();

        // the client reads the answer
        dewi.navigate(APP + "/portal/support");
        dewi.locator("#portal-support-conversation-" + requestId).click();
        assertThat(dewi.locator("#portal-support-" + requestId)).containsText("requesting the certified copy");
        clientProfile.close();
    }

    /**
     * A contract of two scope items with a quota of revision rounds and a service level, drafted by Rudi through the
     * services (drafting in the browser is another journey), for the client's contact to sign first and Rudi after.
     */
    private ContractView drafted(String clientName, String title) {
        return TenantContext.callIn(rudi(), () -> {
            UUID client = tx.execute(status -> jdbc.queryForObject("select id from client where name = ?", UUID.class,
                    clientName));
            UUID contact = clientContacts.contacts(client).getFirst().id();
            LocalDate start = LocalDate.now(ZoneId.of("Asia/Jakarta"));
            ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Clearance search", null, true),
                    new ScopeItem("Filing with the trademark office", null, false)), Fee.fixed(Money.of(60_000_000, "IDR")),
                    new PaymentSchedule(PaymentSchedule.Invoicing.UPFRONT, 14), Term.fixed(start, start.plusMonths(6)),
                    List.of(new Quota(BigDecimal.valueOf(3), Quota.Unit.REVISION_ROUNDS, Quota.Period.CONTRACT,
                            Quota.Overage.NEEDS_CHANGE_ORDER, null)), Penalties.none(),
                    new Termination(30, Money.of(5_000_000, "IDR")), true, false,
                    new ServiceLevel(List.of(new ServiceLevel.Target(ServiceLevel.Priority.HIGH, 4, 16))));
            return contracts.draft(client, templates.list().getFirst().templateId(), new ContractDraft(title, null,
                    terms, List.of(SignatoryChoice.clientContact(contact), SignatoryChoice.firmMember(
                            DemoPeople.REALM.rudi())), SigningOrder.SEQUENTIAL, start.plusDays(14)));
        });
    }

    private Scope rudi() {
        UUID firm = jdbc.queryForObject("select id from tenant where slug = 'hartono-law'", UUID.class);
        return Scope.member(firm, DemoPeople.REALM.rudi(), "STAFF", null, false);
    }

    /** A portrait-shaped picture as a phone would take it: a face-like disc on a gradient, 900 x 1200 px. */
    private static byte[] portrait() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(900, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(0x1f4e79), 900, 1200,
                new java.awt.Color(0x9cc3e6)));
        g.fillRect(0, 0, 900, 1200);
        g.setColor(new java.awt.Color(0xe8c4a0));
        g.fillOval(250, 300, 400, 480);
        g.setColor(new java.awt.Color(0x3b2a20));
        g.fillArc(230, 260, 440, 300, 0, 180);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

        /** Waits until the notices (shown for seconds) have gone, so that they cover nothing in a shot. */
    private static void noNotices(Page shown) {
        assertThat(shown.locator("vaadin-notification-card")).hasCount(0);
    }

    /** Waits until the page's finite animations (a dialog fading in) have ended, so that a shot shows it as it stays. */
    private static void settled(Page shown) {
        shown.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect.getComputedTiming().iterations === Infinity)");
    }

    /** Runs one of poppler's tools (not written by Klien) and returns what it printed; it must succeed. */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assertions.assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command[0] + " finishes").isTrue();
        Assertions.assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
        return output;
    }
}
