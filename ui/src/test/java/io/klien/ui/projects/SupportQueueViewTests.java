package io.klien.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import io.klien.projects.NewSupportRequest;
import io.klien.projects.ProjectFilter;
import io.klien.projects.ProjectStatus;
import io.klien.projects.Projects;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportRequests;
import io.klien.projects.SupportState;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.home.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff work the support queue: a request the client raised shows with its clocks, is assigned, answered and
 * resolved; a request past its targets is highlighted and counted, also on the dashboard.
 */
@SpringBootTest
class SupportQueueViewTests extends DemoFirmBrowserlessTest {

    @Autowired SupportRequests support;
    @Autowired Projects projects;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    /** Budi raises a request from the portal for his client, PT Maju Jaya. */
    private SupportRequestView raisedByTheClient(String category, SupportPriority priority) {
        try (TenantContext.Binding budi = TestUsers.actInDemoFirm(DemoUser.CLIENT, jdbc, tx)) {
            UUID clientId = TenantContext.acting().clientId();
            return support.raise(new NewSupportRequest(clientId, null, category, priority,
                    "The invoice portal rejects our tax number"), List.of());
        }
    }

    private Grid<?> queue() {
        return $(Grid.class).id("support-grid");
    }

    private int rowOf(Grid<?> grid, UUID requestId) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (((SupportQueueView.Row) test(grid).getRow(i)).request().id().equals(requestId)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aRequestTheClientRaisedIsAssignedAnsweredAndResolvedFromTheQueue() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String category = "Billing " + UUID.randomUUID().toString().substring(0, 6);
        SupportRequestView raised = raisedByTheClient(category, SupportPriority.HIGH);

        navigate(SupportQueueView.class);
        Grid<?> grid = queue();
        int row = rowOf(grid, raised.id());
        assertThat(row).as("the open request is in the queue").isNotNegative();
        assertThat(test(grid).getCellText(row, 2)).isEqualTo(category);
        assertThat(((Span) test(grid).getCellComponent(row, "priority")).getText()).isEqualTo("High");
        assertThat(((Span) test(grid).getCellComponent(row, "firstResponse")).getText()).endsWith("left");

        test(grid).clickRow(row);
        test($(Button.class).id("support-assign-me")).click();
        assertThat(support.get(raised.id()).assignee()).isEqualTo(DemoUser.STAFF.subject());

        test($(Button.class).id("support-reply-send")).click();
        TextArea body = $(TextArea.class).id("support-reply-body");
        assertThat(body.isInvalid()).as("an empty reply is refused at the input").isTrue();
        test(body).setValue("We are looking into it and will call you this afternoon.");
        test($(Button.class).id("support-reply-send")).click();
        assertThat(support.messages(raised.id())).singleElement()
                .satisfies(m -> assertThat(m.fromFirm()).isTrue());
        assertThat(support.get(raised.id()).firstRespondedAt()).as("the first reply stops the clock").isNotNull();
        assertThat($(Div.class).id("support-messages").getElement().getTextRecursively())
                .contains("We are looking into it");
        assertThat($(Span.class).id("support-first-response").getText()).startsWith("Answered");
        Span answered = (Span) test(queue()).getCellComponent(rowOf(queue(), raised.id()), "firstResponse");
        assertThat(answered.getText()).as("short in the queue, the time in its tooltip").isEqualTo("Answered");
        assertThat(answered.getElement().getAttribute("title")).startsWith("Answered ").contains(" · Due ");

        test($(Button.class).id("support-resolve")).click();
        assertThat(support.get(raised.id()).state()).isEqualTo(SupportState.RESOLVED);
        assertThat($(Span.class).id("support-state").getText()).isEqualTo("Resolved");
        assertThat(rowOf(queue(), raised.id())).as("the open queue no longer shows it").isNegative();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aRequestPastItsTargetsIsShownLateAndCountedInTheQueueAndOnTheDashboard() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        SupportRequestView late = raisedByTheClient("Access", SupportPriority.URGENT);
        TenantContext.runIn(TenantContext.Scope.system(OwnFirms.current().hartono()), () -> tx.executeWithoutResult(
                s -> jdbc.update("update support_request set first_response_due = now() - interval '2 hours',"
                        + " resolution_due = now() - interval '1 hour' where id = ?", late.id())));
        assertThat(support.recordBreaches()).isPositive();
        SupportRequestView onTime = raisedByTheClient("Questions", SupportPriority.LOW);

        UI.getCurrent().navigate(SupportQueueView.class, QueryParameters.simple(Map.of("breached", "true")));

        assertThat($(Checkbox.class).id("support-filter-breached").getValue()).isTrue();
        Grid<?> grid = queue();
        int row = rowOf(grid, late.id());
        assertThat(row).isNotNegative();
        assertThat(rowOf(grid, onTime.id())).as("kept its targets").isNegative();
        Span firstResponse = (Span) test(grid).getCellComponent(row, "firstResponse");
        assertThat(firstResponse.getText()).isEqualTo("2 h 0 min late");
        assertThat(firstResponse.getClassNames()).contains("klien-overdue-text");
        long openBreached = support.breachCounts().openBreached();
        assertThat($(Span.class).id("support-breaches").getText())
                .startsWith("Past their service level and still open: " + openBreached);

        navigate(HomeView.class);
        assertThat($(Span.class).id("dashboard-support-breaches").getText()).isEqualTo(String.valueOf(openBreached));
        assertThat($(Span.class).id("dashboard-projects-at-risk").getText()).isEqualTo(String.valueOf(
                projects.count(new ProjectFilter(null, ProjectStatus.AT_RISK, null, false))));
    }
}
