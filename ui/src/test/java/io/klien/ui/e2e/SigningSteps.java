package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.klien.localservices.CaughtMail;
import io.klien.localservices.CaughtMailbox;
import org.assertj.core.api.Assertions;

/** What the signing journeys do in the browser more than once: staff setting up a client, a signatory's ceremony. */
final class SigningSteps {

    private static final Pattern SIX_DIGITS = Pattern.compile("(?m)^\\s+(\\d{6})\\s*$");

    private SigningSteps() {
    }

    /** Staff (signed in on {@code staff}) add a client with one contact and invite the contact to the portal. */
    static void newClientWithPortalContact(Page staff, String clientName, String contactName, String contactEmail) {
        staff.navigate(BrowserJourney.APP + "/clients");
        staff.locator("#clients-new").click();
        staff.locator("#client-name input").fill(clientName);
        staff.locator("#client-contact-name input").fill(contactName);
        staff.locator("#client-contact-email input").fill(contactEmail);
        staff.locator("#client-save").click();
        staff.locator("#clients-filter-text input").fill(clientName);
        assertThat(staff.locator("#clients-total")).hasText("1 client");
        staff.locator("#clients-grid").getByText(clientName).filter(new Locator.FilterOptions().setVisible(true))
                .click();
        assertThat(staff.locator("#client-detail-name")).hasText(clientName);
        staff.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Contacts")).click();
        staff.locator("#client-contacts vaadin-button").filter(new Locator.FilterOptions()
                .setHasText("Invite to portal")).click();
        assertThat(notice(staff, "Portal invitation sent to " + contactEmail + ".")).isVisible();
    }

    /** Scrolls the document to its end, says it was read, consents (unless given before) and confirms the mailed code. */
    static void readConsentAndConfirmTheCode(Page signer, CaughtMailbox mailbox, String email, String title) {
        signer.locator("#signing-document").evaluate("box => box.scrollTop = box.scrollHeight");
        assertThat(signer.locator("#signing-read")).isEnabled();
        signer.locator("#signing-read").click();
        assertThat(signer.locator("#signing-read-done")).isVisible();
        if (signer.locator("#signing-consent[checked]").count() == 0) {
            signer.locator("#signing-consent input").click();
            // the server redraws the ceremony once the consent is kept: wait for it, not for the box's own tick
            assertThat(notice(signer, "your consent is recorded")).isVisible();
        }
        assertThat(signer.locator("#signing-consent")).hasAttribute("checked", "");
        Instant asked = Instant.now().minusSeconds(2);
        signer.locator("#signing-request-code").click();
        signer.locator("#signing-code input").fill(mailedCode(signer, mailbox, email, title, asked));
        signer.locator("#signing-verify-code").click();
        assertThat(signer.locator("#signing-code-done")).isVisible();
        assertThat(signer.locator("#signing-sign")).isEnabled();
    }

    /** The six digits of the code mailed for the contract since {@code asked}, from the mail catcher. */
    static String mailedCode(Page waiting, CaughtMailbox mailbox, String email, String title, Instant asked) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            for (CaughtMail mail : mailbox.to(email)) {
                Matcher digits = SIX_DIGITS.matcher(mail.text());
                if (!mail.receivedAt().isBefore(asked) && mail.subject().toLowerCase(Locale.ROOT).contains("code")
                        && mail.subject().contains(title) && digits.find()) {
                    return digits.group(1);
                }
            }
            waiting.waitForTimeout(200);
        }
        throw new AssertionError("No code mail for \"" + title + "\" reached " + email);
    }

    static void fitsThePhone(Page phone, String what) {
        Assertions.assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as(what + " fits a phone without scrolling sideways").isTrue();
    }

    /**
     * Renders the PDF's last page (the certificate of completion) to {@code png} with poppler's pdftoppm, a tool that
     * did not write it, and checks that an image came out.
     */
    static void renderLastPage(Path pdf, Path png) throws IOException, InterruptedException {
        Process info = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes());
        Assertions.assertThat(info.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(text);
        Assertions.assertThat(pages.find()).as("pdfinfo reads the pages of " + pdf + ": " + text).isTrue();
        String last = pages.group(1);
        String prefix = png.toString().replaceFirst("\\.png$", "");
        Process render = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", last, "-l", last, "-singlefile",
                pdf.toString(), prefix).redirectErrorStream(true).start();
        String output = new String(render.getInputStream().readAllBytes());
        Assertions.assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Assertions.assertThat(render.exitValue()).as("pdftoppm: " + output).isZero();
        Assertions.assertThat(Files.size(Path.of(prefix + ".png"))).isPositive();
    }

    static Locator notice(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }
}
