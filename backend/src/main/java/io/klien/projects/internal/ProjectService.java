package io.klien.projects.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.ContractView;
import io.klien.contracts.Contracts;
import io.klien.contracts.FeeModel;
import io.klien.contracts.Milestone;
import io.klien.contracts.ScopeItem;
import io.klien.projects.Budget;
import io.klien.projects.NewProject;
import io.klien.projects.ProjectCreated;
import io.klien.projects.ProjectFilter;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectRole;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectSummary;
import io.klien.projects.ProjectTeamChanged;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.QuotaThresholdReached;
import io.klien.projects.StatusChangeView;
import io.klien.projects.VersionState;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ProjectService implements Projects {

    private final ProjectRepository projects;
    private final ProjectStatusChangeRepository history;
    private final ProjectMemberRepository members;
    private final ProjectMilestoneRepository milestones;
    private final ProjectViews views;
    private final Clients clients;
    private final Contracts contracts;
    private final Memberships memberships;
    private final Tenants tenants;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, ProjectStatusChangeRepository history, ProjectMemberRepository members,
            ProjectMilestoneRepository milestones, ProjectViews views, Clients clients, Contracts contracts,
            Memberships memberships, Tenants tenants, FirmTime time, ApplicationEventPublisher events) {
        this.projects = projects;
        this.history = history;
        this.members = members;
        this.milestones = milestones;
        this.views = views;
        this.clients = clients;
        this.contracts = contracts;
        this.memberships = memberships;
        this.tenants = tenants;
        this.time = time;
        this.events = events;
    }

    @Override
    public ProjectView create(NewProject project) {
        if (clients.find(project.clientId()).isEmpty()) {
            throw DomainException.onField("clientId", "clients.not-found");
        }
        String lead = project.leadSubject() == null ? actor() : project.leadSubject();
        requireColleague(lead, "leadSubject");
        Project made = Project.start(project.clientId(), null, project.kind(), project.title(), project.startsOn(),
                project.endsOn(), Budget.NONE, lead, actor(), time.now());
        return started(made, List.of());
    }

    @Override
    public ProjectView createFromContract(UUID contractId) {
        ContractView contract = contracts.get(contractId);
        if (!contract.status().inForce()) {
            throw new DomainException("projects.contract-not-signed");
        }
        if (projects.findByContractId(contractId).isPresent()) {
            throw new DomainException("projects.contract-has-project");
        }
        ContractTerms terms = contract.terms();
        String lead = actor();
        requireColleague(lead, "leadSubject");
        TenantKind firm = tenants.find(TenantContext.requireTenantId()).map(TenantView::kind).orElse(TenantKind.OTHER);
        Project made = Project.start(contract.clientId(), contract.id(), ProjectKind.forFirm(firm, terms.fee().model()),
                contract.title(), terms.term().start(), terms.term().end(), new Budget(terms.quotas()), lead, actor(),
                time.now());
        return started(made, plan(terms));
    }

    /**
     * The scope items as milestones, in order. Due dates: the fee milestones' dates when the fee is paid by
     * milestone and the titles line up one to one, else spread evenly over the term (none without an end).
     */
    static List<PlannedMilestone> plan(ContractTerms terms) {
        List<ScopeItem> scope = terms.scope();
        List<Milestone> paid = terms.fee().model() == FeeModel.MILESTONES ? terms.fee().milestones() : List.of();
        LocalDate start = terms.term().start();
        LocalDate end = terms.term().end();
        List<PlannedMilestone> plan = new ArrayList<>();
        for (int i = 0; i < scope.size(); i++) {
            ScopeItem item = scope.get(i);
            LocalDate due = null;
            if (paid.size() == scope.size() && paid.get(i).due() != null) {
                due = paid.get(i).due();
            } else if (end != null) {
                long days = ChronoUnit.DAYS.between(start, end);
                due = start.plusDays(days * (i + 1) / scope.size());
            }
            plan.add(new PlannedMilestone(item.title(), item.description(), item.deliverable(), due));
        }
        return plan;
    }

    record PlannedMilestone(String title, @Nullable String description, boolean deliverable,
            @Nullable LocalDate dueOn) {
    }

    private ProjectView started(Project made, List<PlannedMilestone> plan) {
        Project saved = projects.saveAndFlush(made);
        history.save(ProjectStatusChange.of(saved.id(), null, saved.status(), null, actor(), time.now()));
        members.save(ProjectMember.of(saved.id(), saved.leadSubject(), ProjectRole.LEAD, time.now()));
        int position = 0;
        for (PlannedMilestone m : plan) {
            milestones.save(ProjectMilestone.of(saved.id(), ++position, m.title(), m.description(), m.deliverable(),
                    m.dueOn()));
        }
        events.publishEvent(new ProjectCreated(saved.tenantId(), saved.id(), saved.clientId(), saved.contractId(),
                saved.leadSubject()));
        return views.of(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> ofContract(UUID contractId) {
        return projects.findByContractId(contractId).map(Project::id);
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectView get(UUID projectId) {
        return views.of(readable(projectId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> withCompletedProject(Collection<UUID> clientIds) {
        return clientIds.isEmpty() ? Set.of()
                : Set.copyOf(projects.findClientIdsWithStatus(Set.copyOf(clientIds), ProjectStatus.DONE));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectSummary> ofClient(UUID clientId) {
        ClientAccess.requireOwnClient(TenantContext.acting(), clientId, "A client user sees only their own client");
        return views.summaries(projects.findByClientIdOrderByCreatedAtDesc(clientId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectSummary> list(ProjectFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
        return views.summaries(projects.findBy(filtered(filter), q -> q.slice(ordered)).getContent());
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        return projects.count(filtered(filter));
    }

    /**
     * The filter as a query naming only the conditions in use ({@code overdueOnly}: past its end today, not done;
     * {@code overQuotaOnly}: a quota line reached 100% this month in the firm's zone or over the whole contract;
     * {@code awaitingClientOnly}: a deliverable version in review). Each combination is its own statement with its
     * own plan: one statement with "(? is null or ...)" for all of them lets PostgreSQL settle on a generic plan that
     * reads and sorts all the firm's projects for any filter.
     */
    private Specification<Project> filtered(ProjectFilter filter) {
        LocalDate today = filter.overdueOnly() || filter.overQuotaOnly() ? time.today() : null;
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.leadSubject() != null) {
                where.add(cb.equal(root.get("leadSubject"), filter.leadSubject()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.clientId() != null) {
                where.add(cb.equal(root.get("clientId"), filter.clientId()));
            }
            if (filter.overdueOnly() && today != null) {
                where.add(cb.lessThan(root.<LocalDate>get("endsOn"), today));
                where.add(cb.notEqual(root.get("status"), ProjectStatus.DONE));
            }
            if (filter.overQuotaOnly() && today != null) {
                Subquery<UUID> reached = query.subquery(UUID.class);
                Root<ProjectQuotaThreshold> threshold = reached.from(ProjectQuotaThreshold.class);
                reached.select(threshold.get("id")).where(cb.equal(threshold.get("projectId"), root.get("id")),
                        cb.equal(threshold.get("percent"), 100), threshold.get("period").in(
                                YearMonth.from(today).toString(), QuotaThresholdReached.WHOLE_CONTRACT));
                where.add(cb.exists(reached));
            }
            if (filter.awaitingClientOnly()) {
                Subquery<UUID> inReview = query.subquery(UUID.class);
                Root<DeliverableVersion> version = inReview.from(DeliverableVersion.class);
                Root<Deliverable> deliverable = inReview.from(Deliverable.class);
                inReview.select(version.get("id")).where(cb.equal(deliverable.get("id"), version.get("deliverableId")),
                        cb.equal(deliverable.get("projectId"), root.get("id")),
                        cb.equal(version.get("state"), VersionState.IN_REVIEW));
                where.add(cb.exists(inReview));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @Override
    public ProjectView changeStatus(UUID projectId, long expectedVersion, ProjectStatus status,
            @Nullable String reason) {
        Project project = locked(projectId);
        if (project.version() != expectedVersion) {
            throw new DomainException("projects.stale");
        }
        requireLeadOrAdmin(project);
        ProjectStatus before = project.changeStatus(status, reason, time.now());
        Project saved = projects.saveAndFlush(project);
        history.save(ProjectStatusChange.of(saved.id(), before, saved.status(), saved.statusReason(), actor(),
                time.now()));
        return views.of(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusChangeView> statusHistory(UUID projectId) {
        Project project = readable(projectId);
        return history.findByProjectIdOrderByChangedAtAsc(project.id()).stream()
                .map(c -> new StatusChangeView(c.from(), c.to(), c.reason(), c.changedBy(), c.changedAt())).toList();
    }

    @Override
    public ProjectView putMember(UUID projectId, String subject, ProjectRole role) {
        Project project = locked(projectId);
        project.requireOpen();
        requireLeadOrAdmin(project);
        requireColleague(subject, "subject");
        var existing = members.findByProjectIdAndSubject(project.id(), subject);
        if (existing.isPresent() && existing.get().role() == role) {
            return views.of(project);
        }
        if (role == ProjectRole.LEAD) {
            members.findByProjectIdAndSubject(project.id(), project.leadSubject()).ifPresent(old -> {
                old.role(ProjectRole.MEMBER);
                members.saveAndFlush(old);
            });
            project.lead(subject);
            projects.save(project);
        } else if (existing.isPresent() && existing.get().role() == ProjectRole.LEAD) {
            throw DomainException.onField("role", "projects.team.lead-needed");
        }
        ProjectMember member = existing.orElseGet(() -> ProjectMember.of(project.id(), subject, role, time.now()));
        member.role(role);
        members.saveAndFlush(member);
        events.publishEvent(new ProjectTeamChanged(project.tenantId(), project.id(), subject, role));
        return views.of(project);
    }

    @Override
    public ProjectView removeMember(UUID projectId, String subject) {
        Project project = locked(projectId);
        requireLeadOrAdmin(project);
        ProjectMember member = members.findByProjectIdAndSubject(project.id(), subject)
                .orElseThrow(() -> new DomainException("projects.team.not-a-member"));
        if (member.role() == ProjectRole.LEAD) {
            throw new DomainException("projects.team.lead-needed");
        }
        members.delete(member);
        members.flush();
        events.publishEvent(new ProjectTeamChanged(project.tenantId(), project.id(), subject, null));
        return views.of(project);
    }

    // ---- helpers ----

    Project readable(UUID projectId) {
        Project project = projects.findById(projectId).orElseThrow(() -> new DomainException("projects.not-found"));
        requireVisible(project);
        return project;
    }

    Project locked(UUID projectId) {
        Project project = projects.findForUpdate(projectId)
                .orElseThrow(() -> new DomainException("projects.not-found"));
        requireVisible(project);
        return project;
    }

    /** A client user sees only their own client's projects; another client's reads as not found. */
    static void requireVisible(Project project) {
        Scope scope = TenantContext.acting();
        if (scope.clientUser() && !project.clientId().equals(scope.clientId())) {
            throw new DomainException("projects.not-found");
        }
    }

    private void requireLeadOrAdmin(Project project) {
        Scope scope = TenantContext.acting();
        if (!scope.hasRole(FirmRole.TENANT_ADMIN) && !project.leadSubject().equals(scope.subject())) {
            throw new DomainException("projects.lead-only");
        }
    }

    private void requireColleague(String subject, String field) {
        boolean colleague = memberships.colleagues().stream()
                .anyMatch(m -> m.subject().equals(subject));
        if (!colleague) {
            throw DomainException.onField(field, "projects.team.not-a-colleague");
        }
    }

    private static @Nullable String actor() {
        return TenantContext.subject().orElse(null);
    }
}
