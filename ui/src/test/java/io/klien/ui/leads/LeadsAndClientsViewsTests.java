package io.klien.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientContacts;
import io.klien.clients.TimelineEntryView;
import io.klien.leads.LeadActivityView;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadFilter;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadStageView;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.PipelineStages;
import io.klien.leads.LeadIncentives;
import io.klien.leads.LeadConversions;
import io.klien.leads.StageKind;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientDetailView;
import io.klien.ui.search.SearchView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff (Rudi at Hartono &amp; Partners) working leads through to a client, in the browserless UI. */
@SpringBootTest
class LeadsAndClientsViewsTests extends DemoFirmBrowserlessTest {


    @Autowired
    Leads leads;

    @Autowired
    PipelineStages pipelineStages;

    @Autowired
    LeadIncentives leadIncentives;

    @Autowired
    LeadConversions leadConversions;

    @Autowired
    ClientContacts clientContacts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aLeadLikeAKnownOneIsOnlyCreatedAfterTheWarningIsConfirmed() {
        actAs(DemoUser.STAFF);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String known = "Kopi Kenangan " + suffix;
        String second = "Kedai Lain " + suffix;
        String email = "twice-" + suffix + "@kopi.test";
        leads.create(new LeadDetails(known, ClientKind.ORGANIZATION, null, email, null, LeadSource.OTHER,
                null, null, null, null, null, null), true);
        navigate(LeadsView.class);

        test($(Button.class).id("leads-new")).click();
        test($(TextField.class).id("lead-name")).setValue(second);
        test($(EmailField.class).id("lead-email")).setValue(email);
        test($(Button.class).id("lead-save")).click();

        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("lead-duplicates").getText())
                .isEqualTo("Possibly already known: " + known + ". Check, then choose Create again to add it anyway.");
        assertThat(leads.find(second, 5)).as("not created before confirming").isEmpty();

        test($(Button.class).id("lead-save")).click();
        assertThat(leads.find(second, 5)).extracting(LeadView::email).containsExactly(email);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aNewLeadIsCheckedThenLandsInTheFirstColumnOfTheBoard() {
        actAs(DemoUser.STAFF);
        LeadsView view = navigate(LeadsView.class);
        String name = "Bintang Retail " + UUID.randomUUID().toString().substring(0, 6);

        test($(Button.class).id("leads-new")).click();
        test($(TextField.class).id("lead-name")).setValue(name);
        test($(EmailField.class).id("lead-email")).setValue("not-an-email");
        test($(Button.class).id("lead-save")).click();
        assertThat($(EmailField.class).id("lead-email").isInvalid()).isTrue();
        assertThat(leads.find(name, 5)).as("nothing half-saved").isEmpty();

        String email = "hello-" + UUID.randomUUID().toString().substring(0, 6) + "@bintang.test";
        test($(EmailField.class).id("lead-email")).setValue(email);
        test($(BigDecimalField.class).id("lead-value")).setValue(new BigDecimal("-5"));
        test($(Button.class).id("lead-save")).click();
        assertThat($(BigDecimalField.class).id("lead-value").isInvalid()).isTrue();

        test($(BigDecimalField.class).id("lead-value")).setValue(new BigDecimal("150000000"));
        test($(Button.class).id("lead-save")).click();

        LeadView created = leads.find(name, 5).getFirst();
        LeadStageView first = pipelineStages.stages().getFirst();
        test($(TextField.class).id("leads-filter-text")).setValue(name);
        assertThat(created.stageId()).isEqualTo(first.id());
        Div column = $(Div.class).id("stage-" + first.id());
        assertThat($(Div.class, column).withId("lead-card-" + created.id()).exists()).isTrue();
        assertThat(view).isNotNull();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aLeadIsWorkedFromFirstCallToAClientWithItsHistory() {
        actAs(DemoUser.STAFF);
        String name = "Cahaya Konsultan " + UUID.randomUUID().toString().substring(0, 6);
        LeadView lead = leads.create(new LeadDetails(name, ClientKind.ORGANIZATION, name, null, null, LeadSource.WEBSITE,
                "Corporate law", new BigDecimal("25000000"), "IDR", DemoUser.TENANT_ADMIN.subject(), null, null), true);

        navigate(LeadDetailView.class, Map.of(LeadDetailView.PARAMETER, lead.id().toString()));
        assertThat($(H2.class).id("lead-detail-name").getText()).isEqualTo(name);

        test($(TextField.class).id("activity-text")).setValue("Discussed the shareholder agreement");
        test($(Button.class).id("activity-log")).click();
        assertThat(leads.activities(lead.id(), PageRequest.of(0, 10)).map(LeadActivityView::text).getContent())
                .contains("Discussed the shareholder agreement");

        test($(Button.class).id("incentive-offer")).click();
        assertThat(leadIncentives.incentives(lead.id())).hasSize(1);

        LeadStageView won = pipelineStages.stages().stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Select<LeadStageView> stage = $(Select.class).id("lead-stage");
        test(stage).selectItem(won.name());
        assertThat(leads.get(lead.id()).stageId()).isEqualTo(won.id());

        test($(Button.class).id("lead-convert")).click();

        assertThat(getCurrentView()).isInstanceOf(ClientDetailView.class);
        assertThat($(H2.class).id("client-detail-name").getText()).isEqualTo(name);
        UUID clientId = leads.get(lead.id()).clientId();
        assertThat(clientId).isNotNull();
        $(TabSheet.class).id("client-tabs").setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<TimelineEntryView> timeline = $(Grid.class).id("client-timeline");
        assertThat(java.util.stream.IntStream.range(0, test(timeline).size()).mapToObj(i -> test(timeline).getRow(i).text()))
                .contains("Discussed the shareholder agreement");

        test($(Button.class).id("client-assign-me")).click();
        assertThat($(Span.class).id("client-representative").getText()).isEqualTo("Representative: Rudi Santoso");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aContactWithAMalformedEmailIsRefusedOnTheClientPage() {
        actAs(DemoUser.STAFF);
        String name = "Delta Studio " + UUID.randomUUID().toString().substring(0, 6);
        LeadView lead = leads.create(new LeadDetails(name, ClientKind.ORGANIZATION, null, null, null, LeadSource.EVENT,
                null, null, null, null, null, null), true);
        LeadStageView won = pipelineStages.stages().stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        leads.moveToStage(lead.id(), won.id());
        UUID clientId = leadConversions.convert(lead.id(), null).clientId();

        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, clientId.toString()));
        $(TabSheet.class).id("client-tabs").setSelectedIndex(1);
        test($(TextField.class).id("contact-name")).setValue("Dewi");
        test($(EmailField.class).id("contact-email")).setValue("dewi@");
        test($(Button.class).id("contact-add")).click();

        assertThat($(EmailField.class).id("contact-email").isInvalid()).isTrue();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffInviteAClientsContactToThePortalFromTheContactsTab() {
        actAs(DemoUser.STAFF);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LeadView lead = leads.create(new LeadDetails("Portal Client " + suffix, ClientKind.ORGANIZATION, null, null, null,
                LeadSource.EVENT, null, null, null, null, null, null), true);
        LeadStageView won = pipelineStages.stages().stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        leads.moveToStage(lead.id(), won.id());
        UUID clientId = leadConversions.convert(lead.id(), null).clientId();
        String email = "portal-" + suffix + "@client.test";

        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, clientId.toString()));
        $(TabSheet.class).id("client-tabs").setSelectedIndex(1);
        test($(TextField.class).id("contact-name")).setValue("Putri Portal");
        test($(EmailField.class).id("contact-email")).setValue(email);
        test($(Button.class).id("contact-add")).click();
        UUID contact = clientContacts.contacts(clientId).stream().filter(c -> email.equals(c.email())).findFirst().orElseThrow().id();
        Button invite = (Button) test($(Grid.class).id("client-contacts")).getCellComponent(0, 4);
        assertThat(invite.getId()).hasValue("contact-invite-" + contact);
        test(invite).click();

        String invited = tx.execute(status -> jdbc.queryForObject("""
                select role || '/' || status || '/' || client_id from membership where email = ?""", String.class, email));
        assertThat(invited).isEqualTo("CLIENT/INVITED/" + clientId);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theHeaderSearchFindsClientsByPartOfTheirName() {
        actAs(DemoUser.STAFF);

        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("q", "sinar abadi")));

        assertThat($(Anchor.class).withText("Sinar Abadi Logistics").exists()).isTrue();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theDashboardShowsMyDueFollowUpsThePipelineAndClientsWithoutARepresentative() {
        actAs(DemoUser.STAFF);
        String name = "Long Overdue " + UUID.randomUUID().toString().substring(0, 6);
        // the longest overdue follow-up comes first on the dashboard, however many others are due
        var lead = leads.create(new LeadDetails(name, ClientKind.ORGANIZATION, null, null, null, LeadSource.OTHER, null,
                new BigDecimal("1000"), "IDR", DemoUser.STAFF.subject(),
                leads.today().minusYears(20), leads.today().minusYears(20)), true);
        try {
            navigate(io.klien.ui.home.HomeView.class);

            assertThat($(Anchor.class, $(Div.class).id("dashboard-follow-ups")).withText(name).exists()).isTrue();
        } finally {
            // runs share the database: a lost lead leaves the follow-ups, so the next run's lead is again the oldest
            leads.markLost(lead.id(), "Test lead");
        }
        assertThat($(Div.class).id("dashboard-pipeline").getElement().getTextRecursively()).contains("New contact", "Won");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("dashboard-unrepresented").getText())
                .startsWith("Without a representative: ");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void overdueFollowUpsAreHighlightedOnTheBoard() {
        actAs(DemoUser.STAFF);
        String name = "Overdue Org " + UUID.randomUUID().toString().substring(0, 6);
        LeadView lead = leads.create(new LeadDetails(name, ClientKind.ORGANIZATION, null, null, null, LeadSource.OTHER,
                null, null, null, null, leads.today().minusDays(2), leads.today().minusDays(10)), true);

        navigate(LeadsView.class);
        test($(TextField.class).id("leads-filter-text")).setValue(name);

        Div card = $(Div.class).id("lead-card-" + lead.id());
        assertThat(card.getClassNames()).contains("klien-overdue");
        assertThat(leads.list(new LeadFilter(null, null, false, true, name), PageRequest.of(0, 5)).getContent())
                .extracting(LeadView::id).containsExactly(lead.id());
    }
}
