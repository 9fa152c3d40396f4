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
        page.locator("#clients-grid").getByText("Sinar Abadi Logistics").click();
        assertThat(page.locator("#client-detail-name")).hasText("Sinar Abadi Logistics");
        String recordAddress = page.url();
        assertThat(recordAddress).contains("/clients/");
        screenshot("10-client-record-firm-a");

        BrowserContext otherFirm = newProfile();
        Page maya = otherFirm.newPage();
        maya.navigate(recordAddress);
        maya.locator("#username").fill("maya@studio-kanvas.test");
        maya.locator("#password").fill(DEMO_PASSWORD);
        maya.locator("#kc-login").click();

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

    private String brandColor() {
        return (String) page.evaluate(
                "() => getComputedStyle(document.querySelector('vaadin-app-layout')).getPropertyValue('--klien-brand').trim()");
    }
}
