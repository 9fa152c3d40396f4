package io.klien.ui.clients;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.klien.clients.ClientProfile;
import io.klien.clients.CustomValueView;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.FirmFormats;
import io.klien.ui.leads.People;

/** The client page's overview tab: kind, relationship, service lines, tags, account team, preferences, custom values. */
class ClientOverviewTab extends Composite<Div> {

    ClientOverviewTab(ClientProfile client, List<CustomValueView> customValues, People people) {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("clients.kind") + ": " + getTranslation("clients.kind." + client.kind().name()));
        if (client.relationshipStart() != null) {
            lines.add(getTranslation("clients.relationship-start") + ": " + FirmFormats.current().date(client.relationshipStart()));
        }
        if (client.salesCycleDays() != null) {
            lines.add(getTranslation("clients.sales-cycle", client.salesCycleDays()));
        }
        if (!client.serviceLines().isEmpty()) {
            lines.add(getTranslation("clients.service-lines") + ": " + String.join(", ", client.serviceLines()));
        }
        if (!client.tags().isEmpty()) {
            lines.add(getTranslation("clients.tags") + ": " + String.join(", ", client.tags()));
        }
        lines.add(getTranslation(client.exclusive() ? "clients.exclusive" : "clients.not-exclusive"));
        if (!client.accountTeam().isEmpty()) {
            lines.add(getTranslation("clients.account-team") + ": "
                    + String.join(", ", client.accountTeam().stream().map(people::name).toList()));
        }
        if (client.preferences() != null) {
            lines.add(getTranslation("clients.preferences") + ": " + client.preferences());
        }
        Div overview = getContent();
        overview.setId("client-overview");
        lines.forEach(line -> overview.add(new Paragraph(line)));
        boolean admin = TenantContext.current().filter(scope -> scope.hasRole(FirmRole.TENANT_ADMIN)).isPresent();
        overview.add(new CustomValuesSummary(customValues, admin));
    }
}
