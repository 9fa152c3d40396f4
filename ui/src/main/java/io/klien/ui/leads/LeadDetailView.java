package io.klien.ui.leads;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.leads.ActivityType;
import io.klien.leads.IncentiveStatus;
import io.klien.leads.IncentiveType;
import io.klien.leads.IncentiveView;
import io.klien.leads.LeadActivityView;
import io.klien.leads.LeadConversion;
import io.klien.leads.LeadStageView;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.PipelineStages;
import io.klien.leads.LeadIncentives;
import io.klien.leads.LeadConversions;
import io.klien.leads.StageKind;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.clients.ClientDetailView;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.layout.MainLayout;
import io.klien.ui.Notices;
import io.klien.ui.PersonNames;
import jakarta.annotation.security.RolesAllowed;

/** One lead: its stage, what happened (calls, meetings, notes), incentives offered, and conversion to a client. */
@Route(value = "leads/:" + LeadDetailView.PARAMETER, layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class LeadDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "leadId";

    private final Leads leads;
    private final PipelineStages pipelineStages;
    private final LeadIncentives leadIncentives;
    private final LeadConversions leadConversions;
    private final Div incentives = new Div();
    private LeadView lead;
    private String title = "";
    private final FirmFormats formats;

    public LeadDetailView(Leads leads, PipelineStages pipelineStages, LeadIncentives leadIncentives,
            LeadConversions leadConversions, FirmFormats formats) {
        this.leads = leads;
        this.formats = formats;
        this.pipelineStages = pipelineStages;
        this.leadIncentives = leadIncentives;
        this.leadConversions = leadConversions;
        addClassName("klien-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get(PARAMETER).orElse(""));
            lead = leads.get(id);
        } catch (IllegalArgumentException | DomainException e) {
            event.rerouteToError(RecordNotFound.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        title = lead.name();
        List<LeadStageView> stages = pipelineStages.stages();
        LeadStageView current = stages.stream().filter(s -> s.id().equals(lead.stageId())).findFirst().orElseThrow();

        H2 name = new H2(lead.name());
        name.setId("lead-detail-name");
        Paragraph facts = new Paragraph(String.join(" · ", List.of(
                lead.organization() == null ? getTranslation("clients.kind." + lead.kind().name()) : lead.organization(),
                getTranslation("leads.source." + lead.source().name()),
                formats.money(lead.estimatedValue(), lead.currency()),
                getTranslation("leads.owner") + ": " + PersonNames.of(lead.owner())).stream()
                .filter(s -> !s.isBlank()).toList()));
        facts.addClassName("klien-muted");
        facts.setId("lead-facts");

        Select<LeadStageView> stage = new Select<>();
        stage.setId("lead-stage");
        stage.setLabel(getTranslation("leads.stage"));
        stage.setItems(stages.stream().filter(s -> s.kind() != StageKind.LOST).toList());
        stage.setItemLabelGenerator(LeadStageView::name);
        if (current.kind() != StageKind.LOST) {
            stage.setValue(current);
        }
        stage.setEnabled(lead.clientId() == null && current.kind() != StageKind.LOST);
        stage.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                act(() -> leads.moveToStage(lead.id(), change.getValue().id()),
                        getTranslation("leads.moved", lead.name(), change.getValue().name()));
            }
        });

        Button edit = new Button(getTranslation("leads.edit"), click -> new LeadDialog(leads, lead, saved -> {
            lead = saved;
            render();
            success(getTranslation("leads.saved"));
        }).open());
        edit.setId("lead-edit");
        edit.setEnabled(lead.clientId() == null);
        HorizontalLayout actions = new HorizontalLayout(stage, edit);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (current.kind() == StageKind.LOST) {
            Span lost = new Span(getTranslation("leads.lost-because", lead.lostReason()));
            lost.setId("lead-lost");
            actions.add(lost);
        } else if (lead.clientId() != null) {
            Button open = new Button(getTranslation("leads.open-client"), click -> openClient(lead.clientId()));
            open.setId("lead-open-client");
            UUID clientId = lead.clientId();
            Button draft = new Button(getTranslation("leads.draft-contract"), click -> getUI().ifPresent(ui ->
                    ui.navigate("clients/" + clientId + "/new-contract",
                            QueryParameters.of("lead", lead.id().toString()))));
            draft.setId("lead-draft-contract");
            actions.add(open, draft);
        } else {
            if (current.kind() == StageKind.WON) {
                Button convert = new Button(getTranslation("leads.convert"), click -> convert());
                convert.setId("lead-convert");
                convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(convert);
            }
            Button lose = new Button(getTranslation("leads.mark-lost"), click -> markLost());
            lose.setId("lead-mark-lost");
            lose.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(lose);
        }
        Div header = new Div(name, facts, actions);
        header.addClassName("klien-card");

        add(header, activityCard(), incentiveCard());
    }

    private Div activityCard() {
        Select<ActivityType> type = new Select<>();
        type.setId("activity-type");
        type.setLabel(getTranslation("leads.activity.type-label"));
        type.setItems(ActivityType.CALL, ActivityType.MEETING, ActivityType.EMAIL, ActivityType.NOTE);
        type.setItemLabelGenerator(t -> getTranslation("leads.activity." + t.name()));
        type.setValue(ActivityType.CALL);
        TextField text = new TextField(getTranslation("leads.activity.text"));
        text.setId("activity-text");
        // a new grid on every render: the page re-renders after each change and must not add its columns twice
        Grid<LeadActivityView> activities = new Grid<>();
        text.setWidthFull();
        Button log = new Button(getTranslation("leads.activity.log"), click -> {
            try {
                leads.logActivity(lead.id(), type.getValue(), null, text.getValue());
                text.clear();
                activities.getDataProvider().refreshAll();
                success(getTranslation("leads.activity.logged"));
            } catch (DomainException e) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        log.setId("activity-log");
        HorizontalLayout form = new HorizontalLayout(type, text, log);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.expand(text);

        activities.setId("lead-activities");
        activities.addColumn(a -> formats.dateTime(a.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        activities.addColumn(a -> getTranslation("leads.activity." + a.type().name())).setHeader(getTranslation("leads.activity.type-label")).setAutoWidth(true).setFlexGrow(0);
        activities.addColumn(LeadActivityView::text).setHeader(getTranslation("leads.activity.text")).setFlexGrow(1);
        activities.addColumn(a -> PersonNames.of(a.author())).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        activities.setItems(query -> leads.activities(lead.id(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        activities.setAllRowsVisible(true);
        activities.setEmptyStateText(getTranslation("leads.activity.empty"));
        Div card = new Div(new H3(getTranslation("leads.activities")), form, activities);
        card.addClassName("klien-card");
        return card;
    }

    private Div incentiveCard() {
        Select<IncentiveType> type = new Select<>();
        type.setId("incentive-type");
        type.setLabel(getTranslation("leads.incentive.type"));
        type.setItems(IncentiveType.values());
        type.setItemLabelGenerator(t -> getTranslation("leads.incentive." + t.name()));
        type.setValue(IncentiveType.FREE_CONSULTATION);
        TextField note = new TextField(getTranslation("leads.incentive.note"));
        Button offer = new Button(getTranslation("leads.incentive.offer"), click -> act(
                () -> leadIncentives.offerIncentive(lead.id(), type.getValue(), note.getValue().isBlank() ? null : note.getValue()),
                getTranslation("leads.incentive.offered")));
        offer.setId("incentive-offer");
        HorizontalLayout form = new HorizontalLayout(type, note, offer);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        incentives.removeAll();
        incentives.setId("lead-incentives");
        List<IncentiveView> offered = leadIncentives.incentives(lead.id());
        if (offered.isEmpty()) {
            Span none = new Span(getTranslation("leads.incentive.none"));
            none.addClassName("klien-muted");
            incentives.add(none);
        }
        for (IncentiveView incentive : offered) {
            Select<IncentiveStatus> status = new Select<>();
            status.setItems(IncentiveStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("leads.incentive.status." + s.name()));
            status.setValue(incentive.status());
            status.setAriaLabel(getTranslation("leads.incentive." + incentive.type().name()));
            status.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    act(() -> leadIncentives.updateIncentive(incentive.id(), change.getValue()), getTranslation("leads.incentive.updated"));
                }
            });
            Span label = new Span(getTranslation("leads.incentive." + incentive.type().name())
                    + (incentive.note() == null ? "" : " — " + incentive.note()));
            HorizontalLayout row = new HorizontalLayout(label, status);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            incentives.add(row);
        }
        Div card = new Div(new H3(getTranslation("leads.incentives")), incentives, form);
        card.addClassName("klien-card");
        return card;
    }

    private void markLost() {
        Dialog dialog = new Dialog(getTranslation("leads.mark-lost"));
        TextArea reason = new TextArea(getTranslation("leads.lost-reason"));
        reason.setId("lost-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("leads.mark-lost"), click -> {
            try {
                leads.markLost(lead.id(), reason.getValue());
                dialog.close();
                reload();
                success(getTranslation("leads.marked-lost", lead.name()));
            } catch (DomainException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        confirm.setId("lost-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private void convert() {
        try {
            LeadConversion conversion = leadConversions.convert(lead.id(), null);
            success(getTranslation(conversion.returningCustomer() ? "leads.converted.returning" : "leads.converted.new",
                    lead.name()));
            openClient(conversion.clientId());
        } catch (DomainException e) {
            warn(e);
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            reload();
            success(done);
        } catch (DomainException e) {
            warn(e);
            reload();
        }
    }

    private void reload() {
        lead = leads.get(lead.id());
        render();
    }

    private void openClient(UUID clientId) {
        getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class,
                new RouteParameters(ClientDetailView.PARAMETER, clientId.toString())));
    }

    private void success(String text) {
        Notices.success(text);
    }

    private static void warn(DomainException e) {
        Notices.withId(Notices.refused(e), "lead-warning");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
