package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class TenancyJourneyTests extends BrowserJourney {

    @Test
    void staffOfAnotherFirmPastingARecordAddressGetAccessDeniedAndSeeNoData() {
        page.navigate(APP + "/clients");
        signInOnKeycloak("lena@hartono-law.test", DEMO_PASSWORD);
        assertThat(page.locator("#clients-total")).containsText("clients");
        screenshot("09-clients-grid");
        page.locator("#clients-filter-text input").fill("sinar aba");
        assertThat(page.locator("#clients-total")).hasText("1 client");
        // the grid reuses its row elements: rows of the unfiltered list linger hidden
        page.locator("#clients-grid").getByText("Sinar Abadi Logistics")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).click();
        assertThat(page.locator("#client-detail-name")).hasText("Sinar Abadi Logistics");
        page.waitForURL("**/clients/*");
        String recordAddress = page.url();
        assertThat(recordAddress).contains("/clients/");
        screenshot("10-client-record-firm-a");

        BrowserContext otherFirm = newProfile();
        Page maya = otherFirm.newPage();
        maya.navigate(recordAddress);
        signInOnKeycloak(maya, "maya@studio-kanvas.test", DEMO_PASSWORD);

        assertThat(maya.locator("#access-denied-title")).hasText("You do not have access to this page");
        assertThat(maya.content()).doesNotContain("Sinar Abadi");
        maya.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshotPath("11-client-record-firm-b-denied")));
        otherFirm.close();
    }

    @Test
    void aClientOfTwoFirmsSwitchesFirmsAndSeesEachFirmsBrandingAndData() {
        page.navigate(APP + "/");
        signInOnKeycloak("budi@maju-jaya.test", DEMO_PASSWORD);

        assertThat(page.locator("#firms-title")).hasText("Choose a firm");
        screenshot("12-firm-picker");
        page.getByText("Hartono & Partners").click();

        assertThat(page.locator("#portal-firm-name")).hasText("Hartono & Partners");
        assertThat(page.locator("#portal-client-name")).hasText("PT Maju Jaya");
        assertThat(brandColor()).isEqualTo("#1f4e79");
        screenshot("13-portal-hartono");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Switch firm")).click();
        page.getByText("Studio Kanvas").click();

        assertThat(page.locator("#portal-firm-name")).hasText("Studio Kanvas");
        assertThat(brandColor()).isEqualTo("#b3541e");
        screenshot("14-portal-studio-kanvas");
    }

    @Test
    void anInvitedStaffMemberSetsAPasswordFromTheMailAndLandsInTheFirm() {
        String email = "nina-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@hartono-law.test";
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        page.navigate(APP + "/admin/members");
        signInOnKeycloak("lena@hartono-law.test", DEMO_PASSWORD);
        page.locator("#members-invite").click();
        page.locator("#invite-email input").fill(email);
        page.locator("#invite-name input").fill("Nina Kartika");
        screenshot("15-invite-dialog");
        page.locator("#invite-send").click();
        assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Invitation sent to " + email))).isVisible();
        assertThat(page.locator("#members-grid")).containsText(email);
        assertThat(page.locator("#invite-send")).isHidden();
        screenshot("16-members-with-invitee");

        String link = mailbox.awaitMailTo(email, before, java.time.Duration.ofSeconds(20)).links().stream().filter(l -> l.contains("action-token")).findFirst()
                .orElseThrow();
        BrowserContext inviteeProfile = newProfile();
        Page nina = inviteeProfile.newPage();
        nina.navigate(link);
        com.microsoft.playwright.Locator proceed = nina.locator("a", new Page.LocatorOptions().setHasText("Click here to proceed"));
        nina.locator("#password-new, a:has-text('Click here to proceed')").first().waitFor();
        if (proceed.count() > 0) {
            proceed.click();
        }
        nina.locator("#password-new").fill("Nina-Secret-2026");
        nina.locator("#password-confirm").fill("Nina-Secret-2026");
        nina.locator("input[type=submit], button[type=submit]").first().click();
        nina.locator("#backToApplication, a:has-text('Back to Application'), #username, #home-greeting").first().waitFor();
        com.microsoft.playwright.Locator back = nina.locator("#backToApplication, a:has-text('Back to Application')");
        if (back.count() > 0) {
            back.first().click();
        }
        nina.locator("#username, #home-greeting").first().waitFor();
        if (nina.locator("#username").count() > 0) {
            signInOnKeycloak(nina, email, "Nina-Secret-2026");
        }

        assertThat(nina.locator("#home-greeting")).hasText("Welcome, Nina Kartika");
        assertThat(nina.locator("#active-firm")).hasText("Hartono & Partners");
        nina.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshotPath("17-invitee-in-firm")));
        inviteeProfile.close();
    }


    @org.springframework.beans.factory.annotation.Autowired
    io.klien.localservices.CaughtMailbox mailbox;

    private String brandColor() {
        return (String) page.evaluate(
                "() => getComputedStyle(document.querySelector('vaadin-app-layout')).getPropertyValue('--klien-brand').trim()");
    }
}
