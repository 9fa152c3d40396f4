package io.klien.ui.home;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientSummaries;
import io.klien.clients.ClientView;
import io.klien.contracts.ContractStatus;
import io.klien.contracts.Contracts;
import io.klien.leads.LeadView;
import io.klien.projects.ProjectFilter;
import io.klien.projects.ProjectStatus;
import io.klien.projects.Projects;
import io.klien.projects.SupportRequests;
import io.klien.leads.PipelineSummaries;
import io.klien.leads.PipelineSummary;
import io.klien.shared.FirmRole;
import io.klien.tenancy.TenantView;
import io.klien.ui.FirmFormats;
import io.klien.ui.health.HealthCards;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.security.ActiveFirm;
import io.klien.ui.security.CurrentUser;
import io.klien.ui.security.SignedInUser;
import jakarta.annotation.security.PermitAll;

/**
 * Where staff start the day: their follow-ups, the pipeline, how the last 90 days went, clients needing care (at risk
 * among them), the firm's NPS and its testimonials.
 */
@Menu(title = "nav.home", order = 10, icon = "vaadin:home")
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements HasDynamicTitle {

    private static final int EXPIRING_DAYS = 60;

    private final FirmFormats formats;

    public HomeView(CurrentUser currentUser, ActiveFirm activeFirm, PipelineSummaries pipeline, ClientSummaries clients,
            Contracts contracts, Projects projects, SupportRequests support, FirmFormats formats) {
        this.formats = formats;
        SignedInUser user = currentUser.require();
        addClassName("klien-page");

        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.setId("home-greeting");
        String firm = activeFirm.firm().map(TenantView::displayName).orElse("");
        LocalDate today = formats.today();
        Paragraph signedInAs = new Paragraph(getTranslation("home.signed-in-as",
                user.email() == null ? user.displayName() : user.email(), firm));
        signedInAs.setId("home-signed-in-as");
        signedInAs.addClassName("klien-muted");
        Paragraph date = new Paragraph(formats.fullDate(today));
        date.addClassName("klien-muted");
        add(greeting, date, signedInAs);

        boolean staff = activeFirm.role().filter(r -> r == FirmRole.TENANT_ADMIN || r == FirmRole.STAFF).isPresent();
        if (!staff) {
            return;
        }
        PipelineSummary summary = pipeline.summary();
        Div grid = new Div(followUps(summary, today), stages(summary), lastNinetyDays(summary),
                clientsCard(clients.byStatus(), clients.withoutRepresentative(5)), contractsCard(contracts),
                projectsCard(projects, support));
        grid.add(HealthCards.all());
        grid.addClassName("klien-dashboard");
        grid.setId("dashboard");
        add(grid);
    }

    private Div followUps(PipelineSummary summary, LocalDate today) {
        Div card = card("home.follow-ups", "dashboard-follow-ups");
        if (summary.myFollowUps().isEmpty()) {
            card.add(muted(getTranslation("home.follow-ups.none")));
        }
        for (LeadView lead : summary.myFollowUps()) {
            Anchor link = new Anchor("leads/" + lead.id(), lead.name());
            Span when = new Span(" · " + formats.date(lead.nextFollowUp()));
            when.addClassName(lead.overdueOn(today) ? "klien-overdue-text" : "klien-muted");
            card.add(new Div(link, when));
        }
        return card;
    }

    private Div stages(PipelineSummary summary) {
        Div card = card("home.pipeline", "dashboard-pipeline");
        for (PipelineSummary.StageTotal stage : summary.stages()) {
            String values = String.join(" + ", stage.values().stream().map(v -> money(v)).toList());
            Div row = new Div(new Span(stage.stage().name()), new Span(getTranslation("home.pipeline.count", stage.leads())
                    + (values.isEmpty() ? "" : " · " + values)));
            row.addClassName("klien-dashboard-row");
            card.add(row);
        }
        return card;
    }

    private Div lastNinetyDays(PipelineSummary summary) {
        Div card = card("home.ninety-days", "dashboard-ninety-days");
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        card.add(row(getTranslation("home.conversion-rate"), summary.conversionRate() == null ? "—"
                : percent.format(summary.conversionRate()) + " (" + summary.wonLast90Days() + "/" + summary.startedLast90Days() + ")"));
        card.add(row(getTranslation("home.median-cycle"), summary.medianSalesCycleDays() == null ? "—"
                : getTranslation("home.days", Math.round(summary.medianSalesCycleDays()))));
        return card;
    }

    private Div clientsCard(Map<ClientStatus, Long> byStatus, ClientSummaries.Unrepresented unrepresented) {
        Div card = card("home.clients", "dashboard-clients");
        byStatus.forEach((status, count) -> card.add(row(getTranslation("clients.status." + status.name()), String.valueOf(count))));
        Paragraph without = new Paragraph(getTranslation("home.without-representative", unrepresented.total()));
        without.setId("dashboard-unrepresented");
        card.add(without);
        for (ClientView client : unrepresented.first()) {
            card.add(new Div(new Anchor("clients/" + client.id(), client.name())));
        }
        return card;
    }

    private Div contractsCard(Contracts contracts) {
        Div card = card("home.contracts", "dashboard-contracts");
        card.add(countRow("contracts", getTranslation("home.contracts.expiring", EXPIRING_DAYS),
                contracts.countExpiringWithin(EXPIRING_DAYS), "dashboard-contracts-expiring"));
        card.add(countRow("contracts?status=" + ContractStatus.SENT.name(),
                getTranslation("home.contracts.awaiting-signature"), contracts.countAwaitingSignature(),
                "dashboard-contracts-awaiting"));
        return card;
    }

    /** Projects that need the firm's attention and support requests past their service level, each a count query. */
    private Div projectsCard(Projects projects, SupportRequests support) {
        Div card = card("home.projects", "dashboard-projects");
        card.add(countRow("projects?status=" + ProjectStatus.AT_RISK.name(), getTranslation("home.projects.at-risk"),
                projects.count(new ProjectFilter(null, ProjectStatus.AT_RISK, null, false)),
                "dashboard-projects-at-risk"));
        card.add(countRow("projects?awaiting=true", getTranslation("home.projects.awaiting-client"),
                projects.count(new ProjectFilter(null, null, null, false, false, true)),
                "dashboard-projects-awaiting-client"));
        card.add(countRow("projects?overdue=true", getTranslation("home.projects.overdue"),
                projects.count(new ProjectFilter(null, null, null, true)), "dashboard-projects-overdue"));
        card.add(countRow("support?breached=true", getTranslation("home.support.breaches"),
                support.breachCounts().openBreached(), "dashboard-support-breaches"));
        return card;
    }

    /** A count that links to the list it counts; the link's id is the count's plus {@code -link}. */
    private static Div countRow(String href, String label, long count, String id) {
        Anchor link = new Anchor(href, label);
        link.setId(id + "-link");
        Span value = new Span(String.valueOf(count));
        value.setId(id);
        Div row = new Div(link, value);
        row.addClassName("klien-dashboard-row");
        return row;
    }

    private String money(PipelineSummary.Amount amount) {
        return formats.money(amount.total(), amount.currency());
    }

    private Div card(String titleKey, String id) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("klien-card");
        card.setId(id);
        return card;
    }

    private static Div row(String label, String value) {
        Div row = new Div(new Span(label), new Span(value));
        row.addClassName("klien-dashboard-row");
        return row;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("klien-muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
