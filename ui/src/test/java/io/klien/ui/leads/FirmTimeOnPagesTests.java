package io.klien.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientKind;
import io.klien.clients.TimelineEntryView;
import io.klien.leads.ActivityType;
import io.klien.leads.LeadActivityView;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadView;
import io.klien.leads.LeadConversions;
import io.klien.leads.Leads;
import io.klien.leads.PipelineStages;
import io.klien.leads.StageKind;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientDetailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Pages show the firm's time (the demo firm works in Asia/Jakarta) while the server runs in America/Los_Angeles:
 * a call logged at 17:30 UTC on 5 December happened at 00:30 on 6 December for the firm, and money and dates read
 * as the reader's language writes them.
 */
@SpringBootTest
class FirmTimeOnPagesTests extends DemoFirmBrowserlessTest {

    /** 17:30 UTC, 09:30 in Los Angeles, already 00:30 the next day in Jakarta. */
    static final Instant AFTER_MIDNIGHT_IN_JAKARTA = Instant.parse("2026-12-05T17:30:00Z");

    @Autowired
    Leads leads;
    @Autowired
    PipelineStages pipelineStages;
    @Autowired
    LeadConversions conversions;

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theLeadsAndTheClientsTimelinesShowTheFirmsTimeNotUtcOrTheServers() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("America/Los_Angeles");
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        LeadView lead = lead("Tengah Malam");
        leads.logActivity(lead.id(), ActivityType.CALL, AFTER_MIDNIGHT_IN_JAKARTA, "Called just after midnight");

        navigate(LeadDetailView.class, Map.of(LeadDetailView.PARAMETER, lead.id().toString()));
        @SuppressWarnings("unchecked")
        Grid<LeadActivityView> activities = $(Grid.class).id("lead-activities");
        assertThat(rowOf(activities, LeadActivityView::text, "Called just after midnight")).isEqualTo("Dec 6, 2026, 12:30\u202FAM");

        leads.moveToStage(lead.id(), pipelineStages.stages().stream().filter(s -> s.kind() == StageKind.WON).findFirst()
                .orElseThrow().id());
        UUID clientId = conversions.convert(lead.id(), null).clientId();
        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, clientId.toString()));
        $(TabSheet.class).id("client-tabs").setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<TimelineEntryView> timeline = $(Grid.class).id("client-timeline");
        assertThat(rowOf(timeline, TimelineEntryView::text, "Called just after midnight")).isEqualTo("Dec 6, 2026, 12:30\u202FAM");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aLeadCardShowsMoneyAndTheFollowUpDateInTheReadersLanguage() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        LeadView lead = lead("Kartu Uang");

        assertThat(cardText(lead)).contains("IDR\u00A0450,000,000", "Follow up Jan 15, 2031").doesNotContain("2031-01-15", ".00");

        UI.getCurrent().setLocale(Locale.of("id"));
        assertThat(cardText(lead)).contains("Rp450.000.000", "Tindak lanjut 15 Jan 2031");
    }

    private LeadView lead(String name) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        return leads.create(new LeadDetails(unique, ClientKind.ORGANIZATION, null, null, null, LeadSource.OTHER, null,
                new BigDecimal("450000000.00"), "IDR", null, LocalDate.of(2031, 1, 15), null), true);
    }

    private String cardText(LeadView lead) {
        navigate(io.klien.ui.home.HomeView.class);
        navigate(LeadsView.class);
        test($(TextField.class).id("leads-filter-text")).setValue(lead.name());
        return $(Div.class).id("lead-card-" + lead.id()).getElement().getTextRecursively();
    }

    /** The first column (when) of the row whose text is the given one. */
    private <T> String rowOf(Grid<T> grid, Function<T, String> textOf, String text) {
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (text.equals(textOf.apply(tester.getRow(row)))) {
                return tester.getCellText(row, 0);
            }
        }
        throw new AssertionError("No row mentions " + text);
    }
}
