package io.klien.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientKind;
import io.klien.leads.ActivityType;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The lead page names its owner and activity authors from the read model; the lead form shows refusals at their input. */
@SpringBootTest
class LeadPeopleAndRefusalsTests extends DemoFirmBrowserlessTest {


    @Autowired Leads leads;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theLeadPageNamesItsOwnerAndTheAuthorsOfItsActivities() {
        actAs(DemoUser.STAFF);
        LeadView lead = leads.create(new LeadDetails(unique("Owned Lead"), ClientKind.ORGANIZATION, null, null, null,
                LeadSource.OTHER, null, null, null, DemoUser.TENANT_ADMIN.subject(), null, null), true);
        leads.logActivity(lead.id(), ActivityType.CALL, null, "Called Lena's prospect");

        navigate(LeadDetailView.class, Map.of(LeadDetailView.PARAMETER, lead.id().toString()));

        assertThat($(Paragraph.class).id("lead-facts").getText()).contains("Lena Hartono").doesNotContain(DemoUser.TENANT_ADMIN.subject());
        Grid<?> activities = $(Grid.class).id("lead-activities");
        var rows = test(activities);
        Map<String, String> authors = new java.util.HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            authors.put(rows.getCellText(row, 2), rows.getCellText(row, 3));
        }
        assertThat(authors).containsEntry("Called Lena's prospect", "Rudi Santoso");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theLeadFormShowsARefusalAtTheInputItNames() {
        actAs(DemoUser.STAFF);
        navigate(LeadsView.class);
        String name = unique("Refused Lead");
        test($(Button.class).id("leads-new")).click();
        test($(TextField.class).id("lead-name")).setValue(name);
        test($(TextField.class).id("lead-organization")).setValue("o".repeat(201));
        test($(Button.class).id("lead-save")).click();

        assertThat($(TextField.class).id("lead-organization").isInvalid()).isTrue();
        assertThat($(TextField.class).id("lead-name").isInvalid()).as("no longer the name for every other refusal")
                .isFalse();

        test($(TextField.class).id("lead-organization")).setValue("");
        test($(TextField.class).id("lead-phone")).setValue("12");
        test($(Button.class).id("lead-save")).click();

        assertThat($(TextField.class).id("lead-phone").isInvalid()).isTrue();
        assertThat(leads.find(name, 5)).as("nothing saved").isEmpty();
    }
}
