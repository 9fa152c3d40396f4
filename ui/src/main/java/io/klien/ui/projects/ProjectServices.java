package io.klien.ui.projects;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.server.VaadinService;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientSearch;
import io.klien.clients.Clients;
import io.klien.documents.Documents;
import io.klien.projects.AcceptanceCertificates;
import io.klien.projects.Deliverables;
import io.klien.projects.ProjectDiscussions;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectUpdates;
import io.klien.projects.ProjectUsage;
import io.klien.projects.Projects;
import io.klien.projects.SupportRequests;
import io.klien.shared.PeopleDirectory;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.MemberPhotos;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantView;
import io.klien.ui.security.ActiveFirm;
import org.springframework.stereotype.Component;

/** What the project pages work with: the projects module's services and how they name clients and people. */
@Component
record ProjectServices(Projects projects, ProjectPlans plans, Deliverables deliverables, ProjectUpdates updates,
        ProjectUsage usage, ProjectDiscussions discussions, AcceptanceCertificates certificates,
        SupportRequests support, Documents documents,
        Clients clients, ClientSearch clientSearch, ClientContacts contacts, Memberships memberships,
        MemberPhotos photos, PeopleDirectory people, ActiveFirm activeFirm) {

    /** The application's instance, for components that Spring does not create. */
    static ProjectServices current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ProjectServices.class);
    }

    /** The firm's active staff and admins, who may lead, join a team or take a task. */
    List<MembershipView> colleagues() {
        return memberships.colleagues();
    }

    /** The names of the given people by subject, in one query. */
    Map<String, String> names(Collection<String> subjects) {
        return subjects.isEmpty() ? Map.of() : people.names(subjects);
    }

    /** What the firm's trade calls a project made by hand. */
    ProjectKind defaultKind() {
        return activeFirm.firm().map(TenantView::kind).map(kind -> ProjectKind.forFirm(kind, null))
                .orElse(ProjectKind.PROJECT);
    }
}
