package io.klien.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.klien.contracts.ContractDocument;
import io.klien.contracts.ContractParty;
import io.klien.contracts.ContractSeals;
import io.klien.contracts.SealedContract;
import io.klien.contracts.Signatory;
import io.klien.contracts.SigningEvent;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone who holds a PDF and no account checks it on the demo law firm's public verification page, on a desktop and
 * on a 390 px phone: the sealed original, then a copy with bytes appended after the seal.
 */
class VerificationJourneyTests extends BrowserJourney {

    @Autowired
    ContractSeals seals;

    @Autowired
    Tenants tenants;

    @Test
    void aVisitorWithoutAnAccountSeesTheOriginalAsOriginalAndAChangedCopyAsModified() throws Exception {
        TenantView firm = tenants.findPublic("hartono-law").orElseThrow();
        SealedContract sealed = TenantContext.callIn(Scope.system(firm.id()), () -> seals.seal(letter(firm)));
        Path kept = screenshotPath("40-verify-original").resolveSibling("verify-sealed-sample.pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, sealed.pdf());
        byte[] appended = "\n% one more line\n".getBytes(StandardCharsets.US_ASCII);
        byte[] changed = Arrays.copyOf(sealed.pdf(), sealed.pdf().length + appended.length);
        System.arraycopy(appended, 0, changed, sealed.pdf().length, appended.length);

        page.navigate(APP + "/verify/hartono-law");
        assertThat(onKeycloakLoginPage()).as("no sign-in asked").isFalse();
        assertThat(page.locator("#verify-brand").innerText()).contains(firm.displayName());

        upload("engagement-letter.pdf", sealed.pdf());
        assertThat(page.locator("#verify-outcome").innerText()).isEqualTo("Untouched Klien original");
        assertThat(page.locator("#verify-document-sha256").innerText()).isEqualTo(sealed.documentSha256());
        screenshot("40-verify-original");
        onPhone(() -> {
            screenshot("40-verify-original-phone");
            assertThat(widest()).as("nothing wider than a 390 px phone").isEmpty();
        });

        upload("engagement-letter-changed.pdf", changed);
        assertThat(page.locator("#verify-outcome").innerText()).isEqualTo("Modified after sealing");
        screenshot("41-verify-modified");
        onPhone(() -> {
            screenshot("41-verify-modified-phone");
            assertThat(widest()).as("nothing wider than a 390 px phone").isEmpty();
        });
    }

    private void upload(String name, byte[] pdf) {
        page.locator("#verify-upload input[type=file]").setInputFiles(new FilePayload(name, "application/pdf", pdf));
        page.locator("#verify-result p").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name))
                .waitFor();
    }

    private void onPhone(Runnable check) {
        page.setViewportSize(390, 844);
        try {
            check.run();
        } finally {
            page.setViewportSize(1280, 800);
        }
    }

    /** The elements that stick out to the right of the window, if any (tag, id and class of each). */
    private String widest() {
        return (String) page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')");
    }

    private static ContractDocument letter(TenantView firm) {
        Instant signed = Instant.parse("2026-12-04T03:30:00Z");
        return new ContractDocument("Engagement letter (verification journey)", firm.displayName(), Locale.ENGLISH,
                ZoneId.of(firm.timeZone()), "# Engagement letter\n\nThe firm represents the client in its licensing "
                        + "matter for a fixed fee of **IDR 60,000,000**.\n",
                List.of(new ContractParty(firm.displayName(), "Firm"), new ContractParty("PT Maju Jaya", "Client")),
                List.of(new Signatory("Budi Setiawan", "budi@maju-jaya.test", "PT Maju Jaya", signed, "203.0.113.9",
                        "Chromium", null),
                        new Signatory("Lena Hartono", "lena@hartono-law.test", firm.displayName(),
                                signed.plusSeconds(3600), "192.0.2.9", "Chromium", null)),
                List.of(new SigningEvent(signed.minusSeconds(600), "Sent for signature", "Lena Hartono", null, null),
                        new SigningEvent(signed, "Signed", "Budi Setiawan", "203.0.113.9", "Chromium"),
                        new SigningEvent(signed.plusSeconds(3600), "Signed", "Lena Hartono", "192.0.2.9",
                                "Chromium")));
    }
}
