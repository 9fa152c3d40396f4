package io.klien.projects.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.projects.ClientPortalProjects;
import io.klien.projects.PortalProjects;
import io.klien.projects.ProjectRole;
import io.klien.projects.ProjectUpdateView;
import io.klien.projects.TeamContact;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ClientPortalService implements ClientPortalProjects {

    static final int AWAITING_MAX = 20;
    static final int TO_DO_MAX = 20;
    static final int UPDATES_MAX = 5;

    private final ProjectService projects;
    private final ProjectPlanService plans;
    private final ProjectMemberRepository members;
    private final DeliverableVersionRepository versions;
    private final ProjectUpdateRepository updates;
    private final ProjectUpdateReplyRepository replies;
    private final Memberships memberships;

    ClientPortalService(ProjectService projects, ProjectPlanService plans, ProjectMemberRepository members,
            DeliverableVersionRepository versions, ProjectUpdateRepository updates,
            ProjectUpdateReplyRepository replies, Memberships memberships) {
        this.projects = projects;
        this.plans = plans;
        this.members = members;
        this.versions = versions;
        this.updates = updates;
        this.replies = replies;
        this.memberships = memberships;
    }

    @Override
    public PortalProjects home() {
        UUID clientId = TenantContext.acting().clientId();
        if (clientId == null) {
            return new PortalProjects(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<PortalProjects.AwaitingApproval> awaiting = versions.findInReviewOfClient(clientId,
                PageRequest.of(0, AWAITING_MAX)).stream().map(r -> new PortalProjects.AwaitingApproval((UUID) r[0],
                (String) r[1], (UUID) r[2], (String) r[3], (UUID) r[4], ((Number) r[5]).intValue(), (Instant) r[6]))
                .toList();
        return new PortalProjects(projects.ofClient(clientId), awaiting, plans.clientToDo(PageRequest.of(0, TO_DO_MAX)),
                latestUpdates(clientId), contacts(members.findOfClient(clientId)));
    }

    @Override
    public List<TeamContact> team(UUID projectId) {
        return contacts(members.findByProjectIdOrderByRoleAscAddedAtAsc(projects.readable(projectId).id()));
    }

    private List<ProjectUpdateView> latestUpdates(UUID clientId) {
        List<ProjectUpdate> latest = updates.findLatestOfClient(clientId, PageRequest.of(0, UPDATES_MAX));
        Map<UUID, Integer> counts = new HashMap<>();
        if (!latest.isEmpty()) {
            replies.countByUpdates(latest.stream().map(ProjectUpdate::id).toList())
                    .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        }
        return latest.stream().map(u -> ProjectUpdateService.view(u, counts.getOrDefault(u.id(), 0), true)).toList();
    }

    /** Each person once, as lead where they lead any project; only the firm's active people, lead first then by name. */
    private List<TeamContact> contacts(List<ProjectMember> team) {
        Map<String, ProjectRole> roles = new LinkedHashMap<>();
        team.forEach(m -> roles.merge(m.subject(), m.role(),
                (a, b) -> a == ProjectRole.LEAD || b == ProjectRole.LEAD ? ProjectRole.LEAD : a));
        Map<String, MembershipView> people = memberships.activeColleagues(roles.keySet());
        List<TeamContact> out = new ArrayList<>();
        roles.forEach((subject, role) -> {
            MembershipView person = people.get(subject);
            if (person != null) {
                out.add(new TeamContact(subject, person.displayName(), role, person.email()));
            }
        });
        out.sort(Comparator.comparing((TeamContact c) -> c.role() != ProjectRole.LEAD)
                .thenComparing(TeamContact::name));
        return out;
    }
}
