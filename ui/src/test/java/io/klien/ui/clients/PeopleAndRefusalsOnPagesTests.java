package io.klien.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientFilter;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientSearch;
import io.klien.clients.Clients;
import io.klien.clients.TimelineEntry;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * People on the client pages come by name from the read models (a former colleague as such, never an id);
 * the new-client and contact forms show a refusal at the input the service names.
 */
@SpringBootTest
class PeopleAndRefusalsOnPagesTests extends DemoFirmBrowserlessTest {


    @Autowired Clients clients;
    @Autowired ClientSearch clientSearch;
    @Autowired ClientContacts clientContacts;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theClientPageNamesItsRepresentativeTeamAndTimelineAuthorsAndAFormerColleagueAsSuch() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        String gone = "gone-" + UUID.randomUUID();
        UUID clientId = clients.create(unique("Named People"), ClientKind.ORGANIZATION).id();
        clientContacts.assignRepresentative(clientId, DemoUser.TENANT_ADMIN.subject());
        clientContacts.addToAccountTeam(clientId, DemoUser.STAFF.subject());
        clientContacts.addToAccountTeam(clientId, gone);
        clients.addToTimeline(clientId, List.of(new TimelineEntry("NOTE", Instant.parse("2026-03-01T09:00:00Z"), DemoUser.TENANT_ADMIN.subject(),
                "Kick-off call", null), new TimelineEntry("NOTE", Instant.parse("2026-03-02T09:00:00Z"), gone,
                "Left a note", null)));

        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, clientId.toString()));

        assertThat($(Span.class).id("client-representative").getText()).isEqualTo("Representative: Lena Hartono");
        String overview = $(Div.class).id("client-overview").getElement().getTextRecursively();
        assertThat(overview).contains("Rudi Santoso", "Former colleague").doesNotContain(gone, DemoUser.STAFF.subject());
        $(TabSheet.class).id("client-tabs").setSelectedIndex(2);
        Grid<?> timeline = $(Grid.class).id("client-timeline");
        var rows = test(timeline);
        Map<String, String> authors = new java.util.HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            authors.put(rows.getCellText(row, 2), rows.getCellText(row, 3));
        }
        assertThat(authors).containsEntry("Kick-off call", "Lena Hartono").containsEntry("Left a note", "Former colleague");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theClientsGridNamesEachRepresentative() {
        actAs(DemoUser.STAFF);
        String name = unique("Grid Named");
        UUID clientId = clients.create(name, ClientKind.ORGANIZATION).id();
        clientContacts.assignRepresentative(clientId, DemoUser.TENANT_ADMIN.subject());

        navigate(ClientsView.class);
        test($(TextField.class).id("clients-filter-text")).setValue(name);

        Grid<?> grid = $(Grid.class).id("clients-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Lena Hartono");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theNewClientFormShowsARefusalAtTheInputItNames() {
        actAs(DemoUser.STAFF);
        navigate(ClientsView.class);
        test($(Button.class).id("clients-new")).click();
        String name = unique("Refused Client");
        test($(TextField.class).id("client-name")).setValue(name);
        test($(EmailField.class).id("client-contact-email")).setValue("not-an-email");
        test($(Button.class).id("client-save")).click();

        assertThat($(EmailField.class).id("client-contact-email").isInvalid()).isTrue();
        assertThat($(EmailField.class).id("client-contact-email").getErrorMessage()).contains("not-an-email");
        assertThat($(TextField.class).id("client-name").isInvalid()).isFalse();

        test($(EmailField.class).id("client-contact-email")).setValue("");
        test($(TextField.class).id("client-contact-name")).setValue("x".repeat(201));
        test($(Button.class).id("client-save")).click();

        assertThat($(TextField.class).id("client-contact-name").isInvalid()).as("the contact's name, not the client's")
                .isTrue();
        assertThat($(TextField.class).id("client-name").isInvalid()).isFalse();
        assertThat(clientSearch.count(new ClientFilter(null, null, false, name, null))).as("nothing saved").isZero();
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theAddContactFormShowsARefusalAtTheInputItNames() {
        actAs(DemoUser.STAFF);
        ClientProfile client = clients.create(new io.klien.clients.NewClient(unique("Contacts Refused"),
                ClientKind.ORGANIZATION, null, null, true));
        navigate(ClientDetailView.class, Map.of(ClientDetailView.PARAMETER, client.id().toString()));
        $(TabSheet.class).id("client-tabs").setSelectedIndex(1);

        test($(TextField.class).id("contact-name")).setValue("Sari Dewi");
        test($(TextField.class).id("contact-phone")).setValue("call me");
        test($(Button.class).id("contact-add")).click();

        assertThat($(TextField.class).id("contact-phone").isInvalid()).isTrue();
        assertThat($(TextField.class).id("contact-phone").getErrorMessage()).contains("call me");
        assertThat($(TextField.class).id("contact-name").isInvalid()).isFalse();
        assertThat(clientContacts.contacts(client.id())).as("nothing saved").isEmpty();

        test($(TextField.class).id("contact-phone")).setValue("");
        test($(TextField.class).id("contact-role")).setValue("r".repeat(201));
        test($(Button.class).id("contact-add")).click();

        assertThat($(TextField.class).id("contact-role").isInvalid()).isTrue();
        assertThat(clientContacts.contacts(client.id())).isEmpty();
    }
}
