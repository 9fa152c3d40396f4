package io.klien.projects.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.projects.NewProjectUpdate;
import io.klien.projects.ProjectUpdatePosted;
import io.klien.projects.ProjectUpdateReplyView;
import io.klien.projects.ProjectUpdateThread;
import io.klien.projects.ProjectUpdateView;
import io.klien.projects.ProjectUpdates;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ProjectUpdateService implements ProjectUpdates {

    private final ProjectService projectService;
    private final ProjectUpdateRepository updates;
    private final ProjectUpdateReplyRepository replies;
    private final ProjectFollowerRepository followers;
    private final ProjectMemberRepository members;
    private final Memberships memberships;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    ProjectUpdateService(ProjectService projectService, ProjectUpdateRepository updates,
            ProjectUpdateReplyRepository replies, ProjectFollowerRepository followers, ProjectMemberRepository members,
            Memberships memberships, FirmTime time, ApplicationEventPublisher events) {
        this.projectService = projectService;
        this.updates = updates;
        this.replies = replies;
        this.followers = followers;
        this.members = members;
        this.memberships = memberships;
        this.time = time;
        this.events = events;
    }

    @Override
    public ProjectUpdateView post(UUID projectId, NewProjectUpdate update) {
        Project project = projectService.readable(projectId);
        project.requireOpen();
        Scope scope = TenantContext.acting();
        String subject = scope.subject();
        if (subject == null || !scope.hasRole(FirmRole.TENANT_ADMIN)
                && members.findByProjectIdAndSubject(project.id(), subject).isEmpty()) {
            throw new DomainException("projects.team-only");
        }
        ProjectUpdate saved = updates.saveAndFlush(ProjectUpdate.of(project.id(), subject, nameOf(subject),
                update.done(), update.next(), update.risks(), update.periodFrom(), update.periodTo(),
                update.internalNote(), time.now()));
        events.publishEvent(new ProjectUpdatePosted(project.tenantId(), project.id(), project.clientId(), saved.id(),
                subject));
        return view(saved, 0, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectUpdateView> list(UUID projectId, Pageable pageable) {
        List<ProjectUpdate> page = pageOf(projectId, pageable);
        Map<UUID, Integer> counts = new HashMap<>();
        if (!page.isEmpty()) {
            for (Object[] row : replies.countByUpdates(page.stream().map(ProjectUpdate::id).toList())) {
                counts.put((UUID) row[0], ((Number) row[1]).intValue());
            }
        }
        boolean client = TenantContext.acting().clientUser();
        return page.stream().map(u -> view(u, counts.getOrDefault(u.id(), 0), client)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectUpdateThread> listWithReplies(UUID projectId, Pageable pageable) {
        List<ProjectUpdate> page = pageOf(projectId, pageable);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ProjectUpdateReplyView>> threads = replies.findByUpdateIdInOrderByCreatedAtAscIdAsc(
                page.stream().map(ProjectUpdate::id).toList()).stream().map(ProjectUpdateService::view)
                .collect(Collectors.groupingBy(ProjectUpdateReplyView::updateId));
        boolean client = TenantContext.acting().clientUser();
        return page.stream().map(u -> {
            List<ProjectUpdateReplyView> thread = threads.getOrDefault(u.id(), List.of());
            return new ProjectUpdateThread(view(u, thread.size(), client), thread);
        }).toList();
    }

    /** A page of the updates of a project the reader may see, newest first. */
    private List<ProjectUpdate> pageOf(UUID projectId, Pageable pageable) {
        Project project = projectService.readable(projectId);
        return updates.findByProjectIdOrderByPostedAtDescIdDesc(project.id(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Override
    public ProjectUpdateReplyView reply(UUID updateId, String body) {
        ProjectUpdate update = readable(updateId);
        String subject = TenantContext.subject().orElse(null);
        ProjectUpdateReply saved = replies.saveAndFlush(ProjectUpdateReply.of(update.id(), subject, nameOf(subject),
                TenantContext.acting().clientUser(), body, time.now()));
        return view(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectUpdateReplyView> replies(UUID updateId) {
        ProjectUpdate update = readable(updateId);
        return replies.findByUpdateIdOrderByCreatedAtAscIdAsc(update.id()).stream().map(ProjectUpdateService::view).toList();
    }

    @Override
    public void follow(UUID projectId) {
        choose(projectId, true);
    }

    @Override
    public void unfollow(UUID projectId) {
        choose(projectId, false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean following(UUID projectId) {
        Project project = projectService.readable(projectId);
        return followers.findByProjectIdAndSubject(project.id(), TenantContext.subject().orElseThrow())
                .map(ProjectFollower::following).orElse(true);
    }

    private void choose(UUID projectId, boolean following) {
        Project project = projectService.readable(projectId);
        String subject = TenantContext.subject().orElseThrow();
        ProjectFollower choice = followers.findByProjectIdAndSubject(project.id(), subject)
                .orElseGet(() -> ProjectFollower.of(project.id(), subject, following, time.now()));
        choice.following(following, time.now());
        followers.saveAndFlush(choice);
    }

    private ProjectUpdate readable(UUID updateId) {
        ProjectUpdate update = updates.findById(updateId)
                .orElseThrow(() -> new DomainException("projects.update.not-found"));
        try {
            projectService.readable(update.projectId());
        } catch (DomainException e) {
            throw new DomainException("projects.update.not-found");
        }
        return update;
    }

    private String nameOf(@Nullable String subject) {
        return subject == null ? "Klien" : memberships.activeMembershipOf(subject)
                .map(MembershipView::displayName).orElse(subject);
    }

    static ProjectUpdateView view(ProjectUpdate u, int replies, boolean forClient) {
        return new ProjectUpdateView(u.id(), u.projectId(), forClient ? null : u.authorSubject(), u.authorName(),
                u.periodFrom(), u.periodTo(), u.done(), u.next(), u.risks(), forClient ? null : u.internalNote(),
                u.postedAt(), replies);
    }

    private static ProjectUpdateReplyView view(ProjectUpdateReply r) {
        return new ProjectUpdateReplyView(r.id(), r.updateId(), r.authorName(), r.fromClient(), r.body(),
                r.createdAt());
    }
}
