package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

class PipelineJourneyTests extends BrowserJourney {

    @Test
    void aStaffMemberWinsALeadOnTheBoardConvertsItAndFindsTheClient() {
        String name = "Nusantara Foods " + UUID.randomUUID().toString().substring(0, 6);
        page.navigate(APP + "/leads");
        signInOnKeycloak("rudi@hartono-law.test", DEMO_PASSWORD);

        page.locator("#leads-new").click();
        page.locator("#lead-name input").fill(name);
        page.locator("#lead-email input").fill("info-" + UUID.randomUUID().toString().substring(0, 6) + "@nusantara.test");
        page.locator("#lead-save").click();
        page.locator("#leads-filter-text input").fill(name);
        // the filter applies after a short pause and redraws the board: wait for it before touching a card
        assertThat(page.locator("[id^=lead-card-]")).hasCount(1);
        Locator card = page.locator("[id^=lead-card-]").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(card).isVisible();

        card.click();
        page.locator("#activity-text input").fill("Called the general counsel about a distribution agreement");
        page.locator("#activity-log").click();
        assertThat(page.locator("#lead-activities")).containsText("Called the general counsel");
        page.locator("#incentive-offer").click();
        assertThat(page.locator("#lead-incentives")).containsText("Free consultation");

        page.navigate(APP + "/leads");
        page.locator("#leads-filter-text input").fill(name);
        assertThat(page.locator("[id^=lead-card-]")).hasCount(1);
        for (String stage : List.of("Consultation", "Proposal", "Agreement", "Won")) {
            card.focus();
            card.press("Alt+ArrowRight");
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(name + " moved to " + stage + "."))).isVisible();
        }
        screenshot("20-leads-board");

        card.click();
        page.locator("#lead-convert").click();
        assertThat(page.locator("#client-detail-name")).hasText(name);
        if (page.locator("#client-assign-me").isVisible()) {
            page.locator("#client-assign-me").click();
        }
        assertThat(page.locator("#client-representative")).hasText("Representative: Rudi Santoso");

        page.locator("#global-search input").fill(name);
        page.locator("#global-search input").press("Enter");
        page.locator("#search-results a").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        assertThat(page.locator("#client-detail-name")).hasText(name);
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Activity")).click();
        assertThat(page.locator("#client-timeline")).containsText("Called the general counsel");
        screenshot("21-client-page");

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Home")).click();
        assertThat(page.locator("#dashboard-pipeline")).containsText("Won");
        screenshot("22-dashboard");
    }
}
