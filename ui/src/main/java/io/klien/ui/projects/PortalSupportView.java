package io.klien.ui.projects;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.documents.Documents;
import io.klien.projects.NewSupportRequest;
import io.klien.projects.ProjectSummary;
import io.klien.projects.Projects;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportRequests;
import io.klien.projects.SupportState;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.documents.PendingUploads;
import io.klien.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client's support requests: raise one (what it is about, how urgent, what they need), follow each with the
 * times the firm promised, talk with the firm on it, and confirm a resolved request or reopen it with a reason.
 */
@Route(value = "portal/support", layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalSupportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_ATTACHMENTS = 10;

    private final SupportRequests support;
    private final Projects projects;
    private final FirmFormats formats;
    private final UUID clientId;
    private final Div list = new Div();
    private final TextField category = new TextField();
    private final Select<SupportPriority> priority = new Select<>();
    private final TextArea description = new TextArea();
    private final Select<ProjectSummary> project = new Select<>();
    private final PendingUploads attachments;

    public PortalSupportView(SupportRequests support, Projects projects, Documents documents, FirmFormats formats) {
        this.support = support;
        this.projects = projects;
        this.attachments = new PendingUploads(documents, SupportRequests.ATTACHMENTS, MAX_ATTACHMENTS,
                "portal-support-attachments");
        this.formats = formats;
        this.clientId = TenantContext.acting().clientId();
        addClassName("klien-page");
        Anchor home = new Anchor("portal", getTranslation("portal.projects.back"));
        home.setId("portal-back");
        H2 title = new H2(getTranslation("portal.support.title"));
        title.setId("portal-support-title");
        list.setId("portal-support-requests");
        add(home, title, form(), list);
    }

    /** Lists the requests as they are now, also when the client comes back to the page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private Div form() {
        category.setId("portal-support-category");
        category.setLabel(getTranslation("portal.support.category"));
        category.setPlaceholder(getTranslation("portal.support.category.placeholder"));
        category.setMaxLength(100);
        priority.setId("portal-support-priority");
        priority.setLabel(getTranslation("portal.support.priority"));
        priority.setItems(SupportPriority.URGENT, SupportPriority.HIGH, SupportPriority.NORMAL, SupportPriority.LOW);
        priority.setItemLabelGenerator(p -> getTranslation("projects.ui.priority." + p.name()));
        priority.setValue(SupportPriority.NORMAL);
        description.setId("portal-support-description");
        description.setLabel(getTranslation("portal.support.description"));
        description.setMaxLength(10_000);
        description.setWidthFull();
        Button raise = new Button(getTranslation("portal.support.raise"), VaadinIcon.PAPERPLANE.create(),
                click -> raise());
        raise.setId("portal-support-raise");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        project.setId("portal-support-project");
        project.setLabel(getTranslation("portal.support.project"));
        project.setItems(projects.ofClient(clientId));
        project.setItemLabelGenerator(p -> p == null ? getTranslation("portal.support.project.none") : p.title());
        project.setEmptySelectionAllowed(true);
        project.setEmptySelectionCaption(getTranslation("portal.support.project.none"));
        Div fields = new Div(category, priority, project);
        fields.addClassName("klien-portal-fields");
        Div form = new Div(new H3(getTranslation("portal.support.new")), fields, description, attachments, raise);
        form.setId("portal-support-form");
        form.addClassName("klien-card");
        return form;
    }

    private void raise() {
        category.setInvalid(false);
        description.setInvalid(false);
        try {
            SupportRequestView raised = support.raise(new NewSupportRequest(clientId,
                    project.getValue() == null ? null : project.getValue().id(), category.getValue(),
                    priority.getValue(), description.getValue()), attachments.files());
            attachments.discard();
            Notices.success(getTranslation("portal.support.raised", raised.number(),
                    formats.dateTime(raised.firstResponseDue())));
            category.clear();
            description.clear();
            project.clear();
            priority.setValue(SupportPriority.NORMAL);
            refresh();
        } catch (DomainException e) {
            String field = e.field().orElse("");
            if (field.equals("category")) {
                category.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                category.setInvalid(true);
            } else if (field.equals("description")) {
                description.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                description.setInvalid(true);
            } else {
                Notices.refused(e);
            }
        }
    }

    private void refresh() {
        list.removeAll();
        List<SupportRequestView> mine = support.ofClient(clientId);
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.support.none"));
            none.setId("portal-support-none");
            none.addClassName("klien-muted");
            list.add(none);
        }
        mine.forEach(r -> list.add(card(r)));
    }

    private Div card(SupportRequestView r) {
        Span title = new Span(getTranslation("portal.support.request", r.number(), r.category()));
        title.addClassName("klien-card-title");
        Span state = ProjectBadges.supportState(this, r.state());
        state.setId("portal-support-state-" + r.id());
        Span urgency = ProjectBadges.priority(this, r.priority());
        Div facts = new Div(state, urgency, new Span(promise(r)));
        facts.addClassName("klien-signing-facts");
        Paragraph text = new Paragraph(r.description());
        Div card = new Div(title, facts, text);
        card.setId("portal-support-" + r.id());
        card.addClassName("klien-card");
        Details conversation = new Details(getTranslation("portal.support.conversation"), conversation(r));
        conversation.setId("portal-support-conversation-" + r.id());
        card.add(conversation);
        if (r.state() == SupportState.RESOLVED) {
            card.add(resolvedActions(r));
        }
        return card;
    }

    /** What the firm promised and whether it kept it, in the firm's time. */
    private String promise(SupportRequestView r) {
        if (r.state() != SupportState.OPEN) {
            return r.resolvedAt() == null ? "" : getTranslation("portal.support.resolved-at",
                    formats.dateTime(r.resolvedAt()));
        }
        if (r.firstRespondedAt() == null) {
            return getTranslation("portal.support.first-response-due", formats.dateTime(r.firstResponseDue()));
        }
        return getTranslation("portal.support.resolution-due", formats.dateTime(r.resolutionDue()));
    }

    private Div conversation(SupportRequestView r) {
        Div thread = new Div();
        support.messages(r.id()).forEach(m -> {
            Paragraph line = new Paragraph(m.authorName() + " · " + formats.dateTime(m.createdAt()) + ": " + m.body());
            line.addClassName(m.fromFirm() ? "klien-comment" : "klien-comment-reply");
            thread.add(line);
        });
        if (r.state() == SupportState.CLOSED) {
            return thread;
        }
        TextArea reply = new TextArea();
        reply.setId("portal-support-reply-" + r.id());
        reply.setAriaLabel(getTranslation("portal.support.reply"));
        reply.setPlaceholder(getTranslation("portal.support.reply"));
        reply.setMaxLength(10_000);
        reply.setWidthFull();
        Button send = new Button(getTranslation("portal.support.reply.send"), click -> {
            try {
                support.reply(r.id(), reply.getValue());
                Notices.success(getTranslation("portal.support.reply.sent"));
                refresh();
            } catch (DomainException e) {
                reply.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                reply.setInvalid(true);
            }
        });
        send.setId("portal-support-reply-send-" + r.id());
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        thread.add(reply, send);
        return thread;
    }

    private Div resolvedActions(SupportRequestView r) {
        Button confirm = new Button(getTranslation("portal.support.confirm"), VaadinIcon.CHECK.create(), click -> {
            try {
                support.confirm(r.id());
                Notices.success(getTranslation("portal.support.confirmed"));
                refresh();
            } catch (DomainException e) {
                Notices.refused(e);
                refresh();
            }
        });
        confirm.setId("portal-support-confirm-" + r.id());
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        TextField reason = new TextField();
        reason.setId("portal-support-reopen-reason-" + r.id());
        reason.setPlaceholder(getTranslation("portal.support.reopen.reason"));
        reason.setAriaLabel(getTranslation("portal.support.reopen.reason"));
        reason.setMaxLength(2000);
        Button reopen = new Button(getTranslation("portal.support.reopen"), click -> {
            try {
                support.reopen(r.id(), reason.getValue());
                Notices.success(getTranslation("portal.support.reopened"));
                refresh();
            } catch (DomainException e) {
                reason.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                reason.setInvalid(true);
            }
        });
        reopen.setId("portal-support-reopen-" + r.id());
        Paragraph ask = new Paragraph(getTranslation("portal.support.resolved.ask"));
        Div actions = new Div(ask, confirm, reason, reopen);
        actions.addClassName("klien-signing-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.support.title");
    }
}
