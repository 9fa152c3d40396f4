package io.klien.ui.projects;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import io.klien.tenancy.MemberPhoto;
import io.klien.ui.PersonAvatars;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.AttachmentType;
import io.klien.projects.AcceptanceCertificates;
import io.klien.projects.ClientPortalProjects;
import io.klien.projects.DeliverableVersionView;
import io.klien.projects.DeliverableView;
import io.klien.projects.Deliverables;
import io.klien.projects.MilestoneRatingView;
import io.klien.projects.MilestoneView;
import io.klien.projects.ProjectUpdateThread;
import io.klien.projects.ProjectUpdateView;
import io.klien.projects.ProjectUpdates;
import io.klien.projects.ProjectUsage;
import io.klien.projects.ProjectUsageView;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.QuotaUsage;
import io.klien.projects.SatisfactionCheckins;
import io.klien.projects.TeamContact;
import io.klien.projects.VersionState;
import io.klien.documents.Documents;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.documents.DocumentsPanel;
import io.klien.ui.errors.RecordNotFound;
import io.klien.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * A project as the client follows it: progress and milestones (rated once completed), the deliverables with what
 * awaits their review and the certificates of what they approved, the firm's updates with their replies, usage against
 * the contract's quota, the discussion with the firm (shared threads only), and the team that serves them. Another
 * client's project, or an unknown id, is "not found".
 */
@Route(value = "portal/projects/:" + PortalProjectView.PARAMETER, layout = PortalLayout.class)
@RolesAllowed("CLIENT")
public class PortalProjectView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "projectId";
    static final int UPDATES_SHOWN = 10;

    private final Projects projects;
    private final Deliverables deliverables;
    private final ProjectUpdates updates;
    private final ProjectUsage usage;
    private final SatisfactionCheckins checkins;
    private final AcceptanceCertificates certificates;
    private final ClientPortalProjects portal;
    private final Documents documents;
    private final ProjectServices services;
    private final FirmFormats formats;
    private String title = "";
    private UUID projectId = new UUID(0, 0);

    public PortalProjectView(Projects projects, Deliverables deliverables, ProjectUpdates updates, ProjectUsage usage,
            SatisfactionCheckins checkins, AcceptanceCertificates certificates, ClientPortalProjects portal,
            Documents documents, ProjectServices services, FirmFormats formats) {
        this.projects = projects;
        this.deliverables = deliverables;
        this.updates = updates;
        this.usage = usage;
        this.checkins = checkins;
        this.certificates = certificates;
        this.portal = portal;
        this.documents = documents;
        this.services = services;
        this.formats = formats;
        addClassName("klien-page");
        addClassName("klien-portal-project");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(PARAMETER).flatMap(RecordNotFound::id);
        if (id.isEmpty()) {
            event.rerouteToError(RecordNotFound.class);
            return;
        }
        try {
            projectId = id.get();
            render();
        } catch (DomainException e) {
            event.rerouteToError(RecordNotFound.class);
        }
    }

    /** Builds the page from the project as it is now; after every decision, so the page shows what happened. */
    void render() {
        ProjectView project = projects.get(projectId);
        title = project.title();
        removeAll();
        Anchor back = new Anchor("portal", getTranslation("portal.projects.back"));
        back.setId("portal-back");
        H2 heading = new H2(project.title());
        heading.setId("portal-project-title");
        Span status = ProjectBadges.status(this, project.status());
        status.setId("portal-project-status");
        Span dates = new Span(getTranslation("portal.projects.dates", formats.date(project.startsOn()),
                project.endsOn() == null ? getTranslation("portal.projects.open-ended") : formats.date(project.endsOn())));
        dates.addClassName("klien-muted");
        Div facts = new Div(status, dates);
        facts.addClassName("klien-signing-facts");
        if (project.statusReason() != null && project.status().needsReason()) {
            Span reason = new Span(project.statusReason());
            reason.setId("portal-project-status-reason");
            reason.addClassName("klien-warning-text");
            facts.add(reason);
        }
        Span progress = new Span(getTranslation("portal.projects.progress", project.progressPercent()));
        progress.setId("portal-project-progress");
        add(back, heading, facts, ProjectBadges.progress(project.progressPercent()), progress);
        List<DeliverableView> items = deliverables.ofProject(projectId);
        Div discussion = card("portal-project-discussion", "portal.projects.discussion");
        discussion.add(new ProjectDiscussionPanel(services, project));
        Map<UUID, MilestoneRatingView> ratings = checkins.myRatings(projectId);
        add(deliverablesCard(items), milestonesCard(project, ratings), updatesCard(), discussion, usageCard(), teamCard());
    }

    private Div deliverablesCard(List<DeliverableView> items) {
        Div card = card("portal-project-deliverables", "portal.projects.deliverables");
        if (items.isEmpty()) {
            card.add(muted("portal-project-deliverables-none", "portal.projects.deliverables.none"));
        }
        for (DeliverableView d : items) {
            DeliverableVersionView current = d.current();
            Span name = new Span(d.title());
            name.addClassName("klien-card-title");
            Div row = new Div(name);
            row.setId("portal-deliverable-" + d.id());
            row.addClassName("klien-portal-deliverable");
            if (current == null) {
                row.add(new Span(" · "), muted(null, "portal.projects.deliverable.nothing-yet"));
            } else {
                Span state = ProjectBadges.version(this, current.state());
                state.setId("portal-deliverable-state-" + d.id());
                row.add(new Span(" "), state, new Span(" " + getTranslation("portal.projects.version", current.number(),
                        formats.dateTime(current.submittedAt()))));
                if (current.state() == VersionState.IN_REVIEW) {
                    Button review = new Button(getTranslation("portal.projects.review"), VaadinIcon.EYE.create(),
                            click -> new PortalReviewDialog(deliverables, documents, formats, d, current, this::render)
                                    .open());
                    review.setId("portal-review-" + d.id());
                    review.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                    row.add(new Span(" "), review);
                }
            }
            d.versions().stream().filter(v -> v.state() == VersionState.APPROVED).findFirst()
                    .ifPresent(approved -> row.add(new Div(certificateLink(approved))));
            d.versions().stream().skip(1).forEach(earlier -> row.add(earlierVersion(earlier)));
            card.add(row);
        }
        return card;
    }

    /** An earlier version and what became of it, with what the client asked for when they asked for changes. */
    private Div earlierVersion(DeliverableVersionView v) {
        String text = getTranslation("portal.projects.earlier-version", v.number(),
                getTranslation("projects.ui.version-state." + v.state().name()), formats.date(v.submittedAt()));
        if (v.state() == VersionState.CHANGES_REQUESTED && v.decisionComment() != null) {
            text += " · " + getTranslation("portal.projects.you-asked", v.decisionComment());
        }
        Div line = new Div(new Span(text));
        line.setId("portal-version-" + v.id());
        line.addClassName("klien-muted");
        line.addClassName("klien-portal-version");
        return line;
    }

    /** The acceptance certificate of an approved version, sealed when it is downloaded. */
    private Anchor certificateLink(DeliverableVersionView approved) {
        Anchor link = new Anchor(CertificateDownload.of(certificates, approved.id()), AttachmentType.DOWNLOAD, getTranslation("portal.projects.certificate",
                approved.number(), formats.date(approved.decidedAt())));
        link.setId("portal-certificate-" + approved.id());
        return link;
    }

    private Div milestonesCard(ProjectView project, Map<UUID, MilestoneRatingView> ratings) {
        Div card = card("portal-project-milestones", "portal.projects.milestones");
        if (project.milestones().isEmpty()) {
            card.add(muted("portal-project-milestones-none", "portal.projects.milestones.none"));
        }
        for (MilestoneView m : project.milestones()) {
            Span name = new Span(m.title());
            Span when = new Span(m.completed()
                    ? getTranslation("portal.projects.milestone.completed", formats.date(m.completedAt()))
                    : m.dueOn() == null ? getTranslation("portal.projects.milestone.progress", m.progressPercent())
                    : getTranslation("portal.projects.milestone.due", formats.date(m.dueOn()), m.progressPercent()));
            when.addClassName(!m.completed() && m.dueOn() != null && m.dueOn().isBefore(formats.today())
                    ? "klien-warning-text" : "klien-muted");
            Div row = new Div(m.completed() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create(),
                    new Span(" "), name, new Span(" · "), when);
            row.setId("portal-milestone-" + m.id());
            row.addClassName("klien-step");
            if (m.completed()) {
                row.add(rating(m, ratings.get(m.id())));
            }
            card.add(row);
        }
        return card;
    }

    /** A completed milestone the client may rate once, 1 to 5 with an optional comment; their rating once given. */
    private Component rating(MilestoneView m, @org.jspecify.annotations.Nullable MilestoneRatingView mine) {
        if (mine != null) {
            Span given = new Span(getTranslation("portal.projects.rating.given", mine.score()));
            given.setId("portal-rating-" + m.id());
            given.addClassName("klien-muted");
            return new Div(given);
        }
        Select<Integer> score = new Select<>();
        score.setId("portal-rating-score-" + m.id());
        score.setItems(5, 4, 3, 2, 1);
        score.setItemLabelGenerator(s -> getTranslation("portal.projects.rating.score." + s));
        score.setPlaceholder(getTranslation("portal.projects.rating.ask"));
        score.setAriaLabel(getTranslation("portal.projects.rating.ask"));
        TextArea comment = new TextArea();
        comment.setId("portal-rating-comment-" + m.id());
        comment.setPlaceholder(getTranslation("portal.projects.rating.comment"));
        comment.setMaxLength(2000);
        Button send = new Button(getTranslation("portal.projects.rating.send"), click -> {
            if (score.getValue() == null) {
                score.setErrorMessage(getTranslation("portal.projects.rating.required"));
                score.setInvalid(true);
                return;
            }
            try {
                checkins.rate(m.id(), score.getValue(), comment.getValue().isBlank() ? null : comment.getValue());
                Notices.success(getTranslation("portal.projects.rating.thanks"));
                render();
            } catch (DomainException e) {
                Notices.refused(e);
            }
        });
        send.setId("portal-rating-send-" + m.id());
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div form = new Div(score, comment, send);
        form.addClassName("klien-portal-rating");
        return form;
    }

    private Div updatesCard() {
        Div card = card("portal-project-updates", "portal.projects.updates");
        List<ProjectUpdateThread> latest = updates.listWithReplies(projectId, PageRequest.of(0, UPDATES_SHOWN));
        if (latest.isEmpty()) {
            card.add(muted("portal-project-updates-none", "portal.projects.updates.none"));
        }
        for (ProjectUpdateThread thread : latest) {
            ProjectUpdateView u = thread.update();
            Div update = new Div();
            update.setId("portal-update-" + u.id());
            update.addClassName("klien-portal-update");
            Span by = new Span(getTranslation("portal.projects.update.by", u.authorName(), formats.dateTime(u.postedAt())));
            by.addClassName("klien-muted");
            update.add(by, labelled("portal.projects.update.done", u.done()));
            if (u.next() != null) {
                update.add(labelled("portal.projects.update.next", u.next()));
            }
            if (u.risks() != null) {
                update.add(labelled("portal.projects.update.risks", u.risks()));
            }
            thread.replies().forEach(r -> {
                Paragraph reply = new Paragraph(r.authorName() + ": " + r.body());
                reply.addClassName("klien-comment-reply");
                update.add(reply);
            });
            TextArea reply = new TextArea();
            reply.setId("portal-update-reply-" + u.id());
            reply.setPlaceholder(getTranslation("portal.projects.update.reply"));
            reply.setAriaLabel(getTranslation("portal.projects.update.reply"));
            reply.setMaxLength(4000);
            reply.setWidthFull();
            Button send = new Button(getTranslation("portal.projects.update.reply.send"), click -> {
                try {
                    updates.reply(u.id(), reply.getValue());
                    Notices.success(getTranslation("portal.projects.update.reply.sent"));
                    render();
                } catch (DomainException e) {
                    reply.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                    reply.setInvalid(true);
                }
            });
            send.setId("portal-update-reply-send-" + u.id());
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            update.add(reply, send);
            card.add(update);
        }
        return card;
    }

    private Div usageCard() {
        Div card = card("portal-project-usage", "portal.projects.usage");
        ProjectUsageView view = usage.usage(projectId);
        if (view.lines().isEmpty()) {
            card.add(muted("portal-project-usage-none", "portal.projects.usage.none"));
        }
        for (int i = 0; i < view.lines().size(); i++) {
            QuotaUsage line = view.lines().get(i);
            String unit = getTranslation("contracts.quota-unit." + line.quota().unit().name());
            Span text = new Span(getTranslation("portal.projects.usage.line", line.used().stripTrailingZeros()
                    .toPlainString(), line.quota().amount().stripTrailingZeros().toPlainString(), unit, line.percent())
                    + (line.periodStart() == null ? "" : " · " + getTranslation("portal.projects.usage.period",
                    formats.date(line.periodStart()), formats.date(line.periodEnd()))));
            text.setId("portal-usage-" + i);
            Div row = new Div(text, ProjectBadges.progress(line.percent()));
            if (line.overage().signum() > 0) {
                Span over = new Span(line.overageCharge() == null
                        ? getTranslation("portal.projects.usage.over", line.overage().stripTrailingZeros().toPlainString(),
                                unit)
                        : getTranslation("portal.projects.usage.over-charged", line.overage().stripTrailingZeros()
                                .toPlainString(), unit, formats.money(line.overageCharge().amount(),
                                line.overageCharge().currency())));
                over.setId("portal-usage-over-" + i);
                over.addClassName("klien-warning-text");
                row.add(over);
            }
            card.add(row);
        }
        return card;
    }

    private Div teamCard() {
        Div card = card("portal-project-team", "portal.projects.team");
        List<TeamContact> team = portal.team(projectId);
        if (team.isEmpty()) {
            card.add(muted("portal-project-team-none", "portal.projects.team.none"));
        }
        Map<String, MemberPhoto> photos = services.photos().ofStaff(team.stream().map(TeamContact::subject).toList());
        team.forEach(person -> card.add(contact(this, person, photos.get(person.subject()))));
        return card;
    }

    /** A person of the account team: their photo (or initials), name, role and how to write to them. */
    static Div contact(Component context, TeamContact person, @org.jspecify.annotations.Nullable MemberPhoto photo) {
        Avatar avatar = PersonAvatars.of(person.name(), photo);
        avatar.addThemeVariants(AvatarVariant.LUMO_LARGE);
        Span name = new Span(person.name());
        name.addClassName("klien-card-title");
        Span role = new Span(context.getTranslation("portal.projects.role." + person.role().name()));
        role.addClassName("klien-muted");
        Div who = new Div(name, role);
        who.addClassName("klien-portal-person-name");
        Div row = new Div(avatar, who);
        if (person.email() != null) {
            Anchor mail = new Anchor("mailto:" + person.email(), person.email());
            mail.setTarget(AnchorTarget.BLANK);
            who.add(mail);
        }
        row.addClassName("klien-portal-person");
        row.setId("portal-person-" + Integer.toHexString(person.subject().hashCode()));
        return row;
    }

    private Div card(String id, String titleKey) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.setId(id);
        card.addClassName("klien-card");
        return card;
    }

    private Paragraph muted(@org.jspecify.annotations.Nullable String id, String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        if (id != null) {
            text.setId(id);
        }
        text.addClassName("klien-muted");
        return text;
    }

    private Div labelled(String key, String text) {
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("klien-card-title");
        return new Div(label, new Span(text));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
