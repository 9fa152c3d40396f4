package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

class TenancyJourneyTests extends BrowserJourney {

    @Test
    void staffOfAnotherFirmPastingARecordAddressGetNotFoundAndSeeNoData() {
        page.navigate(APP + "/clients");
        signInOnKeycloak("lena@hartono-law.test", DEMO_PASSWORD);
        assertThat(page.locator("#clients-total")).containsText("clients");
        screenshot("09-clients-grid");
        page.locator("#clients-filter-text input").fill("sinar abadi logistics");
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

        // the same answer as for an id that names nothing: whether the record exists elsewhere is not told
        assertThat(maya.locator("#not-found-title")).hasText("Not found");
        assertThat(maya.content()).doesNotContain("Sinar Abadi");
        maya.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshotPath("11-client-record-firm-b-not-found")));

        // a mistyped address, signed in: the not-found page, not the server's bare refusal
        Response mistyped = maya.navigate(APP + "/clinets");
        // Vaadin answers the page itself and shows the route's view after loading, so no 404 status here
        assertThat(mistyped.status()).isEqualTo(200);
        assertThat(maya.locator("#not-found-title")).hasText("Page not found");
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

        BrowserContext inviteeProfile = newProfile();
        Page nina = acceptInvitation(inviteeProfile, mailbox, email, before, "Nina-Secret-2026", "#home-greeting");

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
