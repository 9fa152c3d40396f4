package io.klien.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientSummary;
import io.klien.leads.LeadStageView;
import io.klien.leads.PipelineStages;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import io.klien.ui.clients.ClientsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PipelineAndClientsViewsTests extends DemoFirmBrowserlessTest {

    @Autowired
    PipelineStages pipelineStages;

    @Autowired
    io.klien.clients.Clients clients;

    @Autowired
    ClientSearch clientSearch;

    @Test
    @SignedInAs(DemoUser.TENANT_ADMIN)
    void anAdminAddsAndRemovesAStageButCannotRemoveOneInUse() {
        actAs(DemoUser.TENANT_ADMIN);
        navigate(PipelineStagesView.class);
        String name = "Due diligence " + UUID.randomUUID().toString().substring(0, 6);
        int before = pipelineStages.stages().size();

        test($(TextField.class).id("stage-name")).setValue(name);
        test($(Button.class).id("stage-add")).click();
        assertThat(pipelineStages.stages()).extracting(LeadStageView::name).contains(name);

        int index = pipelineStages.stages().stream().map(LeadStageView::name).toList().indexOf(name);
        test($(Button.class).id("stage-remove-" + index)).click();
        assertThat(pipelineStages.stages()).hasSize(before).extracting(LeadStageView::name).doesNotContain(name);

        test($(Button.class).id("stage-remove-0")).click();
        assertThat($(Notification.class).id("pipeline-warning").getElement().getProperty("text")).isNotBlank();
        assertThat(pipelineStages.stages()).hasSize(before);
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theClientsGridFiltersByNameAndStatusInTheDatabase() {
        actAs(DemoUser.STAFF);
        navigate(ClientsView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientSummary> grid = $(Grid.class).id("clients-grid");

        test($(TextField.class).id("clients-filter-text")).setValue("Sinar Abadi");
        assertThat(rows(grid)).extracting(ClientSummary::name).containsExactly("Sinar Abadi Logistics");

        @SuppressWarnings("unchecked")
        Select<ClientStatus> status = $(Select.class).id("clients-filter-status");
        test(status).selectItem("Former");
        assertThat(rows(grid)).isEmpty();
        assertThat($(Span.class).id("clients-total").getText()).isEqualTo("No clients match");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theClientsGridFiltersByTagAndCountsTheMatches() {
        actAs(DemoUser.STAFF);
        String unique = "tagged" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (String name : java.util.List.of("Alpha " + unique, "Beta " + unique)) {
            io.klien.clients.ClientProfile c = clients.create(new io.klien.clients.NewClient(name,
                    io.klien.clients.ClientKind.ORGANIZATION, null, null, true));
            clients.updateProfile(c.id(), c.version(), new io.klien.clients.ClientChanges(c.name(), c.kind(), null, false,
                    java.util.List.of(), java.util.List.of(name.startsWith("Alpha") ? unique.toUpperCase() : "other"), null));
        }
        navigate(ClientsView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientSummary> grid = $(Grid.class).id("clients-grid");
        test($(TextField.class).id("clients-filter-text")).setValue(unique);
        assertThat($(Span.class).id("clients-total").getText()).isEqualTo("2 clients");

        @SuppressWarnings("unchecked")
        ComboBox<String> tag = $(ComboBox.class).id("clients-filter-tag");
        test(tag).selectItem(unique);

        assertThat(rows(grid)).extracting(ClientSummary::name).containsExactly("Alpha " + unique);
        assertThat($(Span.class).id("clients-total").getText()).isEqualTo("1 client");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aNewClientLikeAnExistingOneNeedsConfirmation() {
        actAs(DemoUser.STAFF);
        navigate(ClientsView.class);

        test($(Button.class).id("clients-new")).click();
        test($(TextField.class).id("client-name")).setValue("Maju Jaya, PT");
        test($(Button.class).id("client-save")).click();

        assertThat($(Paragraph.class).id("client-duplicates").getText()).contains("PT Maju Jaya");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void aMalformedContactEmailIsRefusedAndNoClientIsCreated() {
        actAs(DemoUser.STAFF);
        navigate(ClientsView.class);
        String name = "Gemilang " + UUID.randomUUID().toString().substring(0, 6);

        test($(Button.class).id("clients-new")).click();
        test($(TextField.class).id("client-name")).setValue(name);
        test($(EmailField.class).id("client-contact-email")).setValue("nobody@");
        test($(Button.class).id("client-save")).click();

        assertThat($(EmailField.class).id("client-contact-email").isInvalid()).isTrue();
        assertThat(clientSearch.count(new io.klien.clients.ClientFilter(null, null, false, name))).as("nothing half-saved").isZero();
    }

    private java.util.List<ClientSummary> rows(Grid<ClientSummary> grid) {
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }
}
