package io.klien.ui.projects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.klien.contracts.Quota;
import io.klien.projects.DeliverableCommentView;
import io.klien.projects.DeliverableVersionView;
import io.klien.projects.DeliverableView;
import io.klien.projects.MilestoneView;
import io.klien.projects.NewDeliverable;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectView;
import io.klien.projects.VersionState;
import io.klien.shared.DomainException;
import io.klien.shared.time.Formats;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.documents.DocumentsPanel;
import org.jspecify.annotations.Nullable;

/**
 * The project's deliverables with their versions, newest first: each version's file or link, the SHA-256 a decision
 * refers to, where its review stands and who decided when, its comments, and for an approved version the sealed
 * acceptance certificate. Staff add deliverables and submit versions here; the client decides in the portal.
 */
class ProjectDeliverablesPanel extends Div {

    private final ProjectServices services;
    private final ProjectView project;
    private final FirmFormats formats = FirmFormats.current();
    private final Div list = new Div();
    private final Span rounds = new Span();

    ProjectDeliverablesPanel(ProjectServices services, ProjectView project) {
        this.services = services;
        this.project = project;
        setId("project-deliverables");
        addClassName("klien-project-panel");
        rounds.setId("project-revision-rounds");
        rounds.addClassName("klien-muted");
        if (open()) {
            Button add = new Button(getTranslation("projects.ui.deliverable.add"), VaadinIcon.PLUS.create(),
                    click -> addDeliverable());
            add.setId("project-deliverable-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        list.setId("project-deliverables-list");
        list.addClassName("klien-deliverables");
        add(rounds, list);
        refresh();
    }

    private boolean open() {
        return project.status() != ProjectStatus.DONE;
    }

    private void refresh() {
        rounds.setText(revisionRounds());
        list.removeAll();
        List<DeliverableView> all = services.deliverables().ofProject(project.id());
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("projects.ui.deliverables.empty"));
            none.setId("project-deliverables-empty");
            none.addClassName("klien-muted");
            list.add(none);
            return;
        }
        Map<UUID, String> milestones = project.milestones().stream()
                .collect(Collectors.toMap(MilestoneView::id, MilestoneView::title));
        Map<String, String> names = services.names(all.stream().flatMap(d -> d.versions().stream())
                .flatMap(v -> Stream.of(v.submittedBy(), v.decidedBy())).filter(Objects::nonNull).distinct()
                .toList());
        all.forEach(d -> list.add(deliverable(d, milestones, names)));
    }

    /** The revision rounds used, of the quota where the budget has a line for them (in its period, if monthly). */
    private String revisionRounds() {
        if (project.budget().quotas().stream().noneMatch(q -> q.unit() == Quota.Unit.REVISION_ROUNDS)) {
            return getTranslation("projects.ui.revision-rounds", services.deliverables().revisionRounds(project.id()));
        }
        Formats f = formats.formats();
        return services.usage().usage(project.id()).lines().stream()
                .filter(u -> u.quota().unit() == Quota.Unit.REVISION_ROUNDS).findFirst()
                .map(u -> u.periodStart() == null
                        ? getTranslation("projects.ui.revision-rounds.of-quota", f.number(u.used()),
                                f.number(u.quota().amount()))
                        : getTranslation("projects.ui.revision-rounds.of-quota.period", f.number(u.used()),
                                f.number(u.quota().amount()), formats.date(u.periodStart()),
                                formats.date(u.periodEnd())))
                .orElseGet(() -> getTranslation("projects.ui.revision-rounds",
                        services.deliverables().revisionRounds(project.id())));
    }

    private Div deliverable(DeliverableView d, Map<UUID, String> milestones, Map<String, String> names) {
        H3 title = new H3(d.title());
        Div card = new Div(title);
        card.setId("project-deliverable-" + d.id());
        card.addClassName("klien-card");
        card.addClassName("klien-deliverable");
        if (d.milestoneId() != null) {
            Span milestone = new Span(getTranslation("projects.ui.deliverable.of-milestone",
                    milestones.getOrDefault(d.milestoneId(), "")));
            milestone.addClassName("klien-muted");
            card.add(milestone);
        }
        if (d.description() != null) {
            card.add(new Paragraph(d.description()));
        }
        if (open()) {
            Button submit = new Button(getTranslation("projects.ui.version.submit"), VaadinIcon.UPLOAD.create(),
                    click -> new DeliverableVersionDialog(services, d, this::refresh).open());
            submit.setId("project-deliverable-submit-" + d.id());
            card.add(submit);
        }
        if (d.versions().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("projects.ui.versions.empty"));
            none.addClassName("klien-muted");
            card.add(none);
        }
        d.versions().forEach(v -> card.add(version(v, names)));
        return card;
    }

    private Div version(DeliverableVersionView v, Map<String, String> names) {
        Span number = new Span(getTranslation("projects.ui.version.number", v.number()));
        number.addClassName("klien-version-number");
        Span state = ProjectBadges.version(this, v.state());
        state.setId("project-version-state-" + v.id());
        Span submitted = new Span(getTranslation("projects.ui.version.submitted-by", formats.dateTime(v.submittedAt()),
                name(v.submittedBy(), names)));
        submitted.addClassName("klien-muted");
        Div head = new Div(number, state, submitted);
        head.addClassName("klien-version-head");
        Div row = new Div(head);
        row.setId("project-version-" + v.id());
        row.addClassName("klien-version");
        row.add(content(v));
        Span hash = new Span(getTranslation("projects.ui.version.sha256", v.sha256().substring(0, 16) + "…"));
        hash.getElement().setAttribute("title", v.sha256());
        hash.addClassName("klien-muted");
        row.add(hash);
        if (v.note() != null) {
            row.add(new Paragraph(v.note()));
        }
        if (v.decidedAt() != null) {
            String key = v.state() == VersionState.APPROVED ? "projects.ui.version.approved-by"
                    : "projects.ui.version.changes-by";
            Paragraph decision = new Paragraph(getTranslation(key, name(v.decidedBy(), names),
                    formats.dateTime(v.decidedAt())) + (v.decisionComment() == null ? "" : ": " + v.decisionComment()));
            decision.setId("project-version-decision-" + v.id());
            row.add(decision);
        }
        if (v.state() == VersionState.APPROVED) {
            Anchor certificate = new Anchor(CertificateDownload.of(services.certificates(), v.id()), AttachmentType.DOWNLOAD,
                    getTranslation("projects.ui.version.certificate"));
            certificate.setId("project-version-certificate-" + v.id());
            Div line = new Div(smallIcon(VaadinIcon.DIPLOMA_SCROLL), certificate);
            line.addClassName("klien-version-content");
            row.add(line);
        }
        Div comments = new Div();
        comments.addClassName("klien-comments");
        Button show = new Button(getTranslation("projects.ui.version.comments"), VaadinIcon.COMMENTS_O.create(),
                click -> comments(v, comments));
        show.setId("project-version-comments-" + v.id());
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(show, comments);
        return row;
    }

    /** The version's file (its download is audited by the documents module) or its link, opened in a new tab. */
    private Div content(DeliverableVersionView v) {
        Div content = new Div();
        if (v.documentId() != null) {
            Anchor file = new Anchor(DocumentsPanel.download(services.documents(), v.documentId()),
                    AttachmentType.DOWNLOAD, getTranslation("projects.ui.version.file"));
            file.setId("project-version-file-" + v.id());
            content.add(smallIcon(VaadinIcon.FILE_O), file);
        } else if (v.linkUrl() != null) {
            Anchor link = new Anchor(v.linkUrl(), v.linkUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.setId("project-version-link-" + v.id());
            content.add(smallIcon(VaadinIcon.LINK), link);
        }
        content.addClassName("klien-version-content");
        return content;
    }

    private static Icon smallIcon(VaadinIcon icon) {
        Icon small = icon.create();
        small.setSize("var(--lumo-icon-size-s)");
        return small;
    }

    private void comments(DeliverableVersionView v, Div area) {
        area.removeAll();
        List<DeliverableCommentView> all = services.deliverables().comments(v.id());
        for (DeliverableCommentView c : all) {
            Span who = new Span(c.authorName() + " · " + formats.dateTime(c.createdAt()));
            who.addClassName("klien-muted");
            Div comment = new Div(who, new Paragraph(c.body()));
            comment.addClassName("klien-comment");
            if (c.parentId() != null) {
                comment.addClassName("klien-comment-reply");
            }
            area.add(comment);
        }
        if (all.isEmpty()) {
            Span none = new Span(getTranslation("projects.ui.comments.empty"));
            none.addClassName("klien-muted");
            area.add(none);
        }
        TextArea body = new TextArea();
        body.setId("project-version-comment-body-" + v.id());
        body.setPlaceholder(getTranslation("projects.ui.comment.placeholder"));
        body.setWidthFull();
        Button send = new Button(getTranslation("projects.ui.comment"), click -> {
            try {
                services.deliverables().comment(v.id(), null, body.getValue());
                Notices.success(getTranslation("projects.ui.comment.added"));
                comments(v, area);
            } catch (DomainException e) {
                Refusals.show(e, Map.of("body", body), "project-comment-refused");
            }
        });
        send.setId("project-version-comment-send-" + v.id());
        area.add(body, send);
    }

    private String name(@Nullable String subject, Map<String, String> names) {
        return subject == null ? "" : names.getOrDefault(subject, getTranslation("people.former"));
    }

    private void addDeliverable() {
        Dialog dialog = new Dialog(getTranslation("projects.ui.deliverable.add"));
        TextField title = new TextField(getTranslation("projects.ui.deliverable.title"));
        title.setId("project-deliverable-title");
        title.setWidthFull();
        TextArea description = new TextArea(getTranslation("projects.ui.description"));
        description.setId("project-deliverable-description");
        description.setWidthFull();
        ComboBox<MilestoneView> milestone = new ComboBox<>(getTranslation("projects.ui.task.milestone"));
        milestone.setId("project-deliverable-milestone");
        milestone.setItems(project.milestones());
        milestone.setItemLabelGenerator(MilestoneView::title);
        milestone.setClearButtonVisible(true);
        milestone.setWidthFull();
        Button save = new Button(getTranslation("projects.ui.deliverable.add"), click -> {
            try {
                DeliverableView added = services.deliverables().add(project.id(), new NewDeliverable(title.getValue(),
                        description.getValue().isBlank() ? null : description.getValue(),
                        milestone.getValue() == null ? null : milestone.getValue().id()));
                dialog.close();
                Notices.success(getTranslation("projects.ui.deliverable.added", added.title()));
                refresh();
            } catch (DomainException e) {
                Refusals.show(e, Map.of("title", title, "description", description, "milestoneId", milestone),
                        "project-deliverable-refused");
            }
        });
        save.setId("project-deliverable-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title, milestone, description);
        dialog.setWidth("32rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
