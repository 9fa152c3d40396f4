package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * Staff draft a contract for a new client in Chromium: from the client's Contracts tab, the terms form prefilled from
 * the firm's template, to the contract's page with its terms and the sanitized preview.
 */
class ContractDraftingJourneyTests extends BrowserJourney {

    @Test
    void staffDraftAContractFromTheClientPageAndSeeItsPage() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String clientName = "Kontrak Jaya " + suffix;
        page.navigate(APP + "/clients");
        signInOnKeycloak("rudi@hartono-law.test", DEMO_PASSWORD);
        page.locator("#clients-new").click();
        page.locator("#client-name input").fill(clientName);
        page.locator("#client-contact-name input").fill("Dewi Lestari");
        page.locator("#client-contact-email input").fill("dewi-" + suffix + "@sinarabadi.test");
        page.locator("#client-save").click();
        page.locator("#clients-filter-text input").fill(clientName);
        assertThat(page.locator("#clients-total")).hasText("1 client");
        page.locator("#clients-grid").getByText(clientName).filter(new Locator.FilterOptions().setVisible(true)).click();
        assertThat(page.locator("#client-detail-name")).hasText(clientName);

        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Contracts")).click();
        page.locator("#client-contracts-new").click();
        assertThat(page.locator("#contract-draft-heading")).containsText(clientName);
        page.locator("#contract-title input").fill("Engagement letter " + suffix);
        page.locator("#terms-scope-title-0 input").fill("Corporate advice");
        screenshot("42-contract-terms-form");

        page.locator("#contract-save").click();
        assertThat(page.locator("#contract-status")).hasText("Draft");
        assertThat(page.locator("#contract-title-heading")).hasText("Engagement letter " + suffix);
        assertThat(page.locator("#contract-preview")).not().containsText("<script");
        screenshot("43-contract-page");
    }
}
