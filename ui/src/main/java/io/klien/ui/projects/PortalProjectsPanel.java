package io.klien.ui.projects;

import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.klien.projects.ClientPortalProjects;
import io.klien.projects.PortalProjects;
import io.klien.projects.ProjectSummary;
import io.klien.projects.ProjectUpdateView;
import io.klien.projects.TaskView;
import io.klien.projects.TeamContact;
import io.klien.tenancy.MemberPhoto;
import io.klien.ui.FirmFormats;

/**
 * The projects part of a client's portal home: what awaits their approval and the tasks that are theirs (both in the
 * home's to-do), their projects with progress, the latest updates and the account team, and where to ask for help.
 */
public class PortalProjectsPanel extends Div {

    private final PortalProjects home;
    private final FirmFormats formats;

    public PortalProjectsPanel(ClientPortalProjects portal, FirmFormats formats) {
        this.home = portal.home();
        this.formats = formats;
        setId("portal-projects-panel");
        add(projects(), updates(), team());
    }

    /** The client's to-dos from projects: versions to review and shared tasks they own, for the home's task list. */
    public Div toDo() {
        Div items = new Div();
        items.setId("portal-project-todo");
        for (PortalProjects.AwaitingApproval a : home.awaitingApproval()) {
            Anchor review = new Anchor("portal/projects/" + a.projectId(), getTranslation("portal.tasks.review",
                    a.deliverableTitle(), a.number()));
            review.setId("portal-task-review-" + a.versionId());
            Span where = new Span(a.projectTitle() + " · " + getTranslation("portal.tasks.review.since",
                    formats.date(a.submittedAt())));
            where.addClassName("klien-muted");
            Div task = new Div(review, new Span(" · "), where);
            task.addClassName("klien-portal-task");
            items.add(task);
        }
        for (TaskView t : home.toDo()) {
            Anchor open = new Anchor("portal/projects/" + t.projectId(), t.title());
            open.setId("portal-task-" + t.id());
            Div task = new Div(open);
            if (t.dueOn() != null) {
                Span due = new Span(" · " + getTranslation("portal.tasks.due", formats.date(t.dueOn())));
                due.addClassName(t.dueOn().isBefore(formats.today()) ? "klien-warning-text" : "klien-muted");
                task.add(due);
            }
            task.addClassName("klien-portal-task");
            items.add(task);
        }
        return items;
    }

    /** Whether the firm runs any project for the client. */
    public boolean hasProjects() {
        return !home.projects().isEmpty();
    }

    /** Whether there is anything in {@link #toDo()}. */
    public boolean hasToDo() {
        return !home.awaitingApproval().isEmpty() || !home.toDo().isEmpty();
    }

    private Div projects() {
        Div card = card("portal-projects", "portal.projects.title");
        if (home.projects().isEmpty()) {
            card.add(muted("portal-projects-none", "portal.projects.none"));
        }
        for (ProjectSummary p : home.projects()) {
            Anchor open = new Anchor("portal/projects/" + p.id(), p.title());
            open.setId("portal-project-" + p.id());
            open.addClassName("klien-card-title");
            Span progress = new Span(getTranslation("portal.projects.summary", p.completedMilestones(), p.milestones()));
            progress.addClassName("klien-muted");
            Div row = new Div(new Div(open, new Span(" "), ProjectBadges.status(this, p.status())),
                    ProjectBadges.progress(p.progressPercent()), progress);
            row.addClassName("klien-portal-project-row");
            card.add(row);
        }
        Anchor support = new Anchor("portal/support", getTranslation("portal.support.link"));
        support.setId("portal-support-link");
        card.add(new Paragraph(support));
        return card;
    }

    private Div updates() {
        Div card = card("portal-updates", "portal.projects.updates");
        if (home.recentUpdates().isEmpty()) {
            card.add(muted("portal-updates-none", "portal.projects.updates.none"));
        }
        for (ProjectUpdateView u : home.recentUpdates()) {
            ProjectSummary project = home.project(u.projectId());
            Anchor open = new Anchor("portal/projects/" + u.projectId(), project == null ? "" : project.title());
            Span when = new Span(" · " + u.authorName() + " · " + formats.dateTime(u.postedAt()));
            when.addClassName("klien-muted");
            Div row = new Div(new Div(open, when), new Paragraph(u.done()));
            row.setId("portal-home-update-" + u.id());
            card.add(row);
        }
        return card;
    }

    private Div team() {
        Div card = card("portal-account-team", "portal.projects.team");
        if (home.accountTeam().isEmpty()) {
            card.add(muted("portal-account-team-none", "portal.projects.team.none"));
        }
        Map<String, MemberPhoto> photos = ProjectServices.current().photos()
                .ofStaff(home.accountTeam().stream().map(TeamContact::subject).toList());
        home.accountTeam().forEach(person -> card.add(PortalProjectView.contact(this, person,
                photos.get(person.subject()))));
        return card;
    }

    private Div card(String id, String titleKey) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.setId(id);
        card.addClassName("klien-card");
        return card;
    }

    private Paragraph muted(String id, String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId(id);
        text.addClassName("klien-muted");
        return text;
    }
}
