package io.klien.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * Staff start a project by hand in Chromium and plan it: milestones on the timeline, a task on the tasks tab, a
 * deliverable's first version; the screenshots show the staff project page.
 */
class ProjectsJourneyTests extends BrowserJourney {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Test
    void staffStartAProjectPlanItOnTheTimelineAndSubmitADeliverable() {
        String title = "Brand audit " + UUID.randomUUID().toString().substring(0, 6);
        // the machine's date is close enough to the firm's for dates months apart
        LocalDate today = LocalDate.now();
        page.navigate(APP + "/projects");
        signInOnKeycloak("rudi@hartono-law.test", DEMO_PASSWORD);
        page.locator("#projects-new").click();
        page.locator("#project-new-client input").fill("Maju");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("PT Maju Jaya")).first()
                .click();
        page.locator("#project-new-title input").fill(title);
        date("#project-new-ends", today.plusMonths(6));
        page.locator("#project-new-create").click();
        assertThat(page.locator("#project-title")).hasText(title);

        milestone("Discovery", today.minusDays(10));
        milestone("Findings workshop", today.plusMonths(2));
        milestone("Final report", today.plusMonths(5));
        page.locator("#project-milestone-complete-" + milestoneId("Discovery")).click();
        assertThat(page.locator("#project-timeline .klien-timeline-done")).hasCount(1);
        screenshot("60-project-overview");

        page.locator("#project-tab-tasks").click();
        page.locator("#project-task-add").click();
        page.locator("#project-task-title input").fill("Collect the brand guidelines");
        page.locator("#project-task-save").click();
        assertThat(page.locator("#project-tasks-grid")).containsText("Collect the brand guidelines");

        page.locator("#project-tab-deliverables").click();
        page.locator("#project-deliverable-add").click();
        page.locator("#project-deliverable-title input").fill("Audit report");
        page.locator("#project-deliverable-save").click();
        page.locator("[id^=project-deliverable-submit-]").click();
        page.locator("#project-version-url input").fill("https://docs.example/audit-v1");
        page.locator("#project-version-submit").click();
        assertThat(page.locator("#project-deliverables-list")).containsText("In review");
        assertThat(page.locator("#project-version-submit")).hasCount(0);
        screenshot("61-project-deliverables");

        page.navigate(APP + "/projects");
        assertThat(page.locator("#projects-grid")).containsText(title);
        screenshot("59-projects-list");
    }

    private void milestone(String name, LocalDate due) {
        page.locator("#project-milestone-add").click();
        page.locator("#project-milestone-title input").fill(name);
        date("#project-milestone-due", due);
        page.locator("#project-milestone-save").click();
        assertThat(page.locator("#project-milestones")).containsText(name);
    }

    private String milestoneId(String name) {
        return page.locator(".klien-milestone").filter(new Locator.FilterOptions().setHasText(name)).first()
                .getAttribute("id").substring("project-milestone-".length());
    }

    private void date(String id, LocalDate value) {
        Locator input = page.locator(id + " input");
        input.fill(value.format(US_DATE));
        input.press("Enter");
    }
}
