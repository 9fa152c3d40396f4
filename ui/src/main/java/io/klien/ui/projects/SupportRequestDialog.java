package io.klien.ui.projects;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.klien.projects.SupportMessageView;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportState;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipView;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.documents.DocumentsPanel;

/**
 * One support request: what the client asked, its clocks, its attachments and the replies; staff assign it, reply
 * (the firm's first reply stops the first-response clock) and resolve it (the client then confirms or reopens).
 */
class SupportRequestDialog extends Dialog {

    private final ProjectServices services;
    private final Clock clock;
    private final Runnable changed;
    private final FirmFormats formats = FirmFormats.current();
    private final List<MembershipView> colleagues;

    SupportRequestDialog(ProjectServices services, SupportRequestView request, Clock clock, Runnable changed) {
        this.services = services;
        this.clock = clock;
        this.changed = changed;
        this.colleagues = services.colleagues();
        setId("support-dialog");
        setWidth("44rem");
        getFooter().add(new Button(getTranslation("projects.ui.close"), click -> close()));
        render(request);
    }

    private void render(SupportRequestView r) {
        removeAll();
        setHeaderTitle(getTranslation("projects.ui.support.heading", r.number(), r.category()));
        Map<String, String> names = services.names(Stream.of(r.raisedBy(), r.assignee()).filter(Objects::nonNull)
                .distinct().toList());
        Anchor client = new Anchor("clients/" + r.clientId(), services.clients().names(List.of(r.clientId()))
                .getOrDefault(r.clientId(), ""));
        client.setId("support-client");
        Span state = ProjectBadges.supportState(this, r.state());
        state.setId("support-state");
        HorizontalLayout facts = new HorizontalLayout(client, ProjectBadges.priority(this, r.priority()), state);
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        facts.setWrap(true);
        if (r.projectId() != null) {
            Anchor project = new Anchor("projects/" + r.projectId(), getTranslation("projects.ui.support.project"));
            project.setId("support-project");
            facts.add(project);
        }
        Span raised = new Span(getTranslation("projects.ui.support.raised-by", r.raisedBy() == null ? ""
                : names.getOrDefault(r.raisedBy(), getTranslation("people.former")), formats.dateTime(r.raisedAt())));
        raised.addClassName("klien-muted");
        Span firstResponse = SlaTimer.firstResponse(this, r, clock.instant());
        firstResponse.setId("support-first-response");
        Span resolution = SlaTimer.resolution(this, r, clock.instant());
        resolution.setId("support-resolution");
        Div clocks = new Div(new Span(getTranslation("projects.ui.sla.first-response") + ": "), firstResponse,
                new Span(" · " + getTranslation("projects.ui.sla.resolution") + ": "), resolution);
        Paragraph description = new Paragraph(r.description());
        description.setId("support-description");
        add(facts, raised, clocks, description);
        for (int i = 0; i < r.documentIds().size(); i++) {
            Anchor file = new Anchor(DocumentsPanel.download(services.documents(), r.documentIds().get(i)),
                    AttachmentType.DOWNLOAD, getTranslation("projects.ui.support.attachment", i + 1));
            file.setId("support-attachment-" + i);
            add(new Div(file));
        }
        if (r.state() != SupportState.CLOSED) {
            add(assignment(r));
        }
        add(messages(r));
    }

    private HorizontalLayout assignment(SupportRequestView r) {
        ComboBox<MembershipView> assignee = new ComboBox<>(getTranslation("projects.ui.support.assignee"));
        assignee.setId("support-assign");
        assignee.setItems(colleagues);
        assignee.setItemLabelGenerator(MembershipView::displayName);
        assignee.setClearButtonVisible(true);
        colleagues.stream().filter(m -> m.subject().equals(r.assignee())).findFirst().ifPresent(assignee::setValue);
        assignee.addValueChangeListener(change -> act(r, () -> services.support().assign(r.id(),
                change.getValue() == null ? null : change.getValue().subject()),
                change.getValue() == null ? getTranslation("projects.ui.support.unassigned")
                        : getTranslation("projects.ui.support.assigned", change.getValue().displayName())));
        HorizontalLayout row = new HorizontalLayout(assignee);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        String me = TenantContext.subject().orElse("");
        if (!me.equals(r.assignee())) {
            Button mine = new Button(getTranslation("projects.ui.support.assign-me"), click ->
                    colleagues.stream().filter(m -> m.subject().equals(me)).findFirst().ifPresent(assignee::setValue));
            mine.setId("support-assign-me");
            mine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(mine);
        }
        if (r.state() == SupportState.OPEN) {
            Button resolve = new Button(getTranslation("projects.ui.support.resolve"), click -> act(r,
                    () -> services.support().resolve(r.id()), getTranslation("projects.ui.support.resolved")));
            resolve.setId("support-resolve");
            resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            row.add(resolve);
        }
        return row;
    }

    private Div messages(SupportRequestView r) {
        Div thread = new Div(new H4(getTranslation("projects.ui.support.messages")));
        thread.setId("support-messages");
        thread.addClassName("klien-comments");
        for (SupportMessageView m : services.support().messages(r.id())) {
            Span who = new Span(m.authorName() + " · " + (m.fromFirm() ? getTranslation("projects.ui.from-firm")
                    : getTranslation("projects.ui.from-client")) + " · " + formats.dateTime(m.createdAt()));
            who.addClassName("klien-muted");
            Div message = new Div(who, new Paragraph(m.body()));
            message.addClassName("klien-comment");
            thread.add(message);
        }
        if (r.state() != SupportState.CLOSED) {
            TextArea body = new TextArea();
            body.setId("support-reply-body");
            body.setPlaceholder(getTranslation("projects.ui.reply.placeholder"));
            body.setWidthFull();
            Button send = new Button(getTranslation("projects.ui.reply"), click -> {
                try {
                    services.support().reply(r.id(), body.getValue());
                    Notices.success(getTranslation("projects.ui.reply.sent"));
                    reload(r);
                } catch (DomainException e) {
                    Refusals.show(e, Map.of("body", body), "support-refused");
                }
            });
            send.setId("support-reply-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            thread.add(body, send);
        }
        return thread;
    }

    /** Runs a change, says so and shows the request as it now is; a refusal says why and shows it too. */
    private void act(SupportRequestView r, Supplier<SupportRequestView> action, String done) {
        try {
            SupportRequestView now = action.get();
            Notices.success(done);
            render(now);
            changed.run();
        } catch (DomainException e) {
            Refusals.show(e, "support-refused");
            reload(r);
        }
    }

    private void reload(SupportRequestView r) {
        render(services.support().get(r.id()));
        changed.run();
    }
}
