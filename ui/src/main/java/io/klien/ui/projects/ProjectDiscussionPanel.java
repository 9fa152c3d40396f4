package io.klien.ui.projects;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.projects.DeliverableView;
import io.klien.projects.DiscussionMailMode;
import io.klien.projects.DiscussionMessageView;
import io.klien.projects.DiscussionThreadView;
import io.klien.projects.NewMessage;
import io.klien.projects.NewThread;
import io.klien.projects.ProjectDiscussions;
import io.klien.projects.ProjectMemberView;
import io.klien.projects.ProjectView;
import io.klien.projects.ThreadVisibility;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.documents.DocumentsPanel;
import io.klien.ui.documents.PendingUploads;

/**
 * The project's discussion: its threads (its deliverables' included), latest activity first with the reader's unread
 * count, and the open thread's messages. Staff start internal threads (the firm's alone) or shared ones, and mention
 * team members, who are notified.
 */
class ProjectDiscussionPanel extends Div {

    private final ProjectServices services;
    private final ProjectView project;
    private final FirmFormats formats = FirmFormats.current();
    private final Map<String, String> teamNames;
    private final Div threads = new Div();
    private final Div thread = new Div();
    /** Files one message may carry (the discussions' own limit). */
    static final int MAX_ATTACHMENTS = 10;
    /** A client user sees and starts shared threads only: no visibility to show or choose. */
    private final boolean client = TenantContext.acting().clientUser();

    ProjectDiscussionPanel(ProjectServices services, ProjectView project) {
        this.services = services;
        this.project = project;
        setId("project-discussion");
        addClassName("klien-project-panel");
        teamNames = services.names(project.team().stream().map(ProjectMemberView::subject).toList());
        Button start = new Button(getTranslation("projects.ui.thread.new"), VaadinIcon.PLUS.create(),
                click -> startThread());
        start.setId("project-thread-new");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        threads.setId("project-threads");
        threads.addClassName("klien-threads");
        thread.setId("project-thread");
        thread.addClassName("klien-thread");
        Div columns = new Div(threads, thread);
        columns.addClassName("klien-discussion");
        HorizontalLayout bar = new HorizontalLayout(start, mailMode());
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, columns);
        listThreads();
    }

    /** How the reader hears of new messages by email: each one, a daily digest, or none; their own choice. */
    private Select<DiscussionMailMode> mailMode() {
        Select<DiscussionMailMode> mode = new Select<>();
        mode.setId("project-discussion-mail");
        mode.setLabel(getTranslation("projects.ui.discussion.mail"));
        mode.setItems(DiscussionMailMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("projects.ui.discussion.mail." + m.name()));
        mode.setValue(services.discussions().mailMode());
        mode.addValueChangeListener(change -> {
            services.discussions().setMailMode(change.getValue());
            Notices.success(getTranslation("projects.ui.discussion.mail.saved"));
        });
        return mode;
    }

    private void listThreads() {
        threads.removeAll();
        List<DiscussionThreadView> all = services.discussions().threadsOfProject(project.id());
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(client ? "portal.projects.threads.empty"
                    : "projects.ui.threads.empty"));
            none.setId("project-threads-empty");
            none.addClassName("klien-muted");
            threads.add(none);
        }
        for (DiscussionThreadView t : all) {
            Button item = new Button(t.title(), click -> open(t));
            if (!client) {
                Span visibility = new Span(getTranslation("projects.ui.visibility." + t.visibility().name()));
                visibility.getElement().setAttribute("theme", t.visibility() == ThreadVisibility.INTERNAL
                        ? "badge contrast small" : "badge small");
                item.setPrefixComponent(visibility);
            }
            item.setId("project-thread-" + t.id());
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            item.addClassName("klien-thread-item");
            if (t.unread() > 0) {
                Span unread = new Span(String.valueOf(t.unread()));
                unread.getElement().setAttribute("theme", "badge primary pill small");
                unread.getElement().setAttribute("aria-label", getTranslation("projects.ui.thread.unread", t.unread()));
                item.setSuffixComponent(unread);
            }
            threads.add(item);
        }
    }

    private void open(DiscussionThreadView t) {
        thread.removeAll();
        H3 title = new H3(t.title());
        title.setId("project-thread-title");
        Div messages = new Div();
        messages.setId("project-thread-messages");
        for (DiscussionMessageView m : services.discussions().messages(t.id())) {
            Span who = new Span(m.authorName() + " · " + formats.dateTime(m.createdAt()));
            who.addClassName("klien-muted");
            Div message = new Div(who, new Paragraph(m.body()));
            message.addClassName("klien-comment");
            for (java.util.UUID documentId : m.documentIds()) {
                services.documents().find(documentId).ifPresent(file -> {
                    Anchor download = new Anchor(DocumentsPanel.download(services.documents(), documentId),
                            AttachmentType.DOWNLOAD, file.filename());
                    download.setId("project-message-attachment-" + documentId);
                    message.add(new Div(VaadinIcon.PAPERCLIP.create(), download));
                });
            }
            if (!m.mentions().isEmpty()) {
                Span mentions = new Span(getTranslation("projects.ui.message.mentions", m.mentions().stream()
                        .map(s -> teamNames.getOrDefault(s, getTranslation("people.former")))
                        .collect(Collectors.joining(", "))));
                mentions.addClassName("klien-muted");
                message.add(mentions);
            }
            messages.add(message);
        }
        if (t.unread() > 0) {
            services.discussions().markRead(t.id());
            listThreads();
        }
        TextArea body = new TextArea();
        body.setId("project-message-body");
        body.setPlaceholder(getTranslation("projects.ui.message.placeholder"));
        body.setWidthFull();
        MultiSelectComboBox<ProjectMemberView> mentions = new MultiSelectComboBox<>(
                getTranslation("projects.ui.message.mention"));
        mentions.setId("project-message-mentions");
        mentions.setItems(project.team());
        mentions.setItemLabelGenerator(m -> teamNames.getOrDefault(m.subject(), getTranslation("people.former")));
        PendingUploads attachments = new PendingUploads(services.documents(), ProjectDiscussions.ATTACHMENTS,
                MAX_ATTACHMENTS, "project-message-attachments");
        Button post = new Button(getTranslation("projects.ui.message.post"), click -> {
            try {
                services.discussions().post(t.id(), new NewMessage(body.getValue(), null, mentions.getValue()
                        .stream().map(ProjectMemberView::subject).toList(), List.of()), attachments.files());
                attachments.discard();
                Notices.success(getTranslation("projects.ui.message.posted"));
                open(services.discussions().thread(t.id()));
                listThreads();
            } catch (DomainException e) {
                Refusals.show(e, Map.of("body", body, "mentions", mentions), "project-message-refused");
            }
        });
        post.setId("project-message-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        thread.add(title, messages, body, mentions, attachments, post);
    }

    private void startThread() {
        Dialog dialog = new Dialog(getTranslation("projects.ui.thread.new"));
        TextField title = new TextField(getTranslation("projects.ui.thread.title"));
        title.setId("project-thread-title-input");
        title.setWidthFull();
        RadioButtonGroup<ThreadVisibility> visibility = new RadioButtonGroup<>(
                getTranslation("projects.ui.thread.visibility"));
        visibility.setId("project-thread-visibility");
        visibility.setItems(ThreadVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("projects.ui.thread.visibility." + v.name()));
        visibility.setValue(ThreadVisibility.SHARED);
        ComboBox<DeliverableView> deliverable = new ComboBox<>(getTranslation("projects.ui.thread.deliverable"));
        deliverable.setId("project-thread-deliverable");
        deliverable.setItems(services.deliverables().ofProject(project.id()));
        deliverable.setItemLabelGenerator(DeliverableView::title);
        deliverable.setClearButtonVisible(true);
        deliverable.setWidthFull();
        Button save = new Button(getTranslation("projects.ui.thread.start"), click -> {
            try {
                DiscussionThreadView started = services.discussions().start(new NewThread(project.id(),
                        deliverable.getValue() == null ? null : deliverable.getValue().id(), title.getValue(),
                        visibility.getValue()));
                dialog.close();
                Notices.success(getTranslation("projects.ui.thread.started", started.title()));
                listThreads();
                open(started);
            } catch (DomainException e) {
                Refusals.show(e, Map.of("title", title, "visibility", visibility, "deliverableId", deliverable),
                        "project-thread-refused");
            }
        });
        save.setId("project-thread-start");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title);
        if (!client) {
            dialog.add(visibility);
        }
        dialog.add(deliverable);
        dialog.setWidth("32rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
