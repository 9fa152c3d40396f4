package io.klien.projects.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.projects.MilestoneCompleted;
import io.klien.projects.MilestoneView;
import io.klien.projects.NewMilestone;
import io.klien.projects.NewTask;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectStatus;
import io.klien.projects.TaskState;
import io.klien.projects.TaskView;
import io.klien.projects.TaskVisibility;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.Memberships;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ProjectPlanService implements ProjectPlans {

    private final ProjectService projectService;
    private final ProjectRepository projects;
    private final ProjectMilestoneRepository milestones;
    private final ProjectTaskRepository tasks;
    private final ProjectStatusChangeRepository history;
    private final ClientContacts contacts;
    private final Memberships memberships;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    ProjectPlanService(ProjectService projectService, ProjectRepository projects, ProjectMilestoneRepository milestones,
            ProjectTaskRepository tasks, ProjectStatusChangeRepository history, ClientContacts contacts,
            Memberships memberships, FirmTime time, ApplicationEventPublisher events) {
        this.projectService = projectService;
        this.projects = projects;
        this.milestones = milestones;
        this.tasks = tasks;
        this.history = history;
        this.contacts = contacts;
        this.memberships = memberships;
        this.time = time;
        this.events = events;
    }

    @Override
    public MilestoneView addMilestone(UUID projectId, NewMilestone milestone) {
        Project project = projectService.locked(projectId);
        project.requireOpen();
        ProjectMilestone made = milestones.saveAndFlush(ProjectMilestone.of(project.id(),
                milestones.lastPosition(project.id()) + 1, milestone.title(), milestone.description(),
                milestone.deliverable(), milestone.dueOn()));
        return ProjectViews.milestone(made, List.of());
    }

    @Override
    public MilestoneView completeMilestone(UUID milestoneId) {
        ProjectMilestone milestone = milestones.findById(milestoneId)
                .orElseThrow(() -> new DomainException("projects.milestone.not-found"));
        Project project = projectService.locked(milestone.projectId());
        project.requireOpen();
        milestone.complete(actor(), time.now());
        ProjectMilestone saved = milestones.saveAndFlush(milestone);
        events.publishEvent(new MilestoneCompleted(project.tenantId(), project.id(), project.clientId(), saved.id(),
                saved.title()));
        boolean allDone = milestones.findByProjectIdOrderByPositionAsc(project.id()).stream()
                .allMatch(m -> m.completedAt() != null);
        if (allDone) {
            ProjectStatus before = project.changeStatus(ProjectStatus.DONE, null, time.now());
            projects.saveAndFlush(project);
            history.save(ProjectStatusChange.of(project.id(), before, ProjectStatus.DONE, null, actor(), time.now()));
        }
        return ProjectViews.milestone(saved, tasks.findAllOfProject(project.id()).stream()
                .filter(t -> saved.id().equals(t.milestoneId())).toList());
    }

    @Override
    public TaskView addTask(UUID projectId, NewTask task) {
        Project project = projectService.locked(projectId);
        project.requireOpen();
        if (task.milestoneId() != null && milestones.findById(task.milestoneId())
                .filter(m -> m.projectId().equals(project.id())).isEmpty()) {
            throw DomainException.onField("milestoneId", "projects.milestone.not-found");
        }
        requireAssignable(project, task.assigneeSubject(), task.assigneeContactId());
        ProjectTask made = tasks.saveAndFlush(ProjectTask.of(project.id(), task.milestoneId(), task.title(),
                task.description(), task.visibility(), task.assigneeSubject(), task.assigneeContactId(), task.dueOn(),
                actor(), time.now()));
        return ProjectViews.task(made);
    }

    @Override
    public TaskView changeState(UUID taskId, long expectedVersion, TaskState state) {
        ProjectTask task = readableTask(taskId);
        Scope scope = TenantContext.acting();
        if (scope.clientUser() && task.assigneeContactId() == null) {
            throw new DomainException("projects.task.not-yours");
        }
        if (task.version() != expectedVersion) {
            throw new DomainException("projects.stale");
        }
        task.moveTo(state, actor(), time.now());
        return ProjectViews.task(tasks.saveAndFlush(task));
    }

    @Override
    public TaskView replan(UUID taskId, long expectedVersion, @Nullable String assigneeSubject,
            @Nullable UUID assigneeContactId, @Nullable LocalDate dueOn) {
        ProjectTask task = readableTask(taskId);
        Project project = projectService.locked(task.projectId());
        project.requireOpen();
        if (task.version() != expectedVersion) {
            throw new DomainException("projects.stale");
        }
        requireAssignable(project, assigneeSubject, assigneeContactId);
        task.replan(assigneeSubject, assigneeContactId, dueOn);
        return ProjectViews.task(tasks.saveAndFlush(task));
    }

    /** A task goes to one of the firm's active colleagues or to one of the project's client's contacts. */
    private void requireAssignable(Project project, @Nullable String subject, @Nullable UUID contactId) {
        if (subject != null && memberships.colleagues().stream().noneMatch(m -> m.subject().equals(subject))) {
            throw DomainException.onField("assignee", "projects.team.not-a-colleague");
        }
        if (contactId != null && contacts.contacts(project.clientId()).stream()
                .noneMatch(c -> c.id().equals(contactId))) {
            throw DomainException.onField("assignee", "projects.task.not-the-clients-contact");
        }
    }

    @Override
    public TaskView changeVisibility(UUID taskId, TaskVisibility visibility) {
        ProjectTask task = readableTask(taskId);
        task.visibility(visibility);
        return ProjectViews.task(tasks.saveAndFlush(task));
    }

    @Override
    @Transactional(readOnly = true)
    public TaskView task(UUID taskId) {
        return ProjectViews.task(readableTask(taskId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskView> tasks(UUID projectId) {
        Project project = projectService.readable(projectId);
        return (TenantContext.acting().clientUser()
                ? tasks.findOfProjectWith(project.id(), TaskVisibility.SHARED)
                : tasks.findAllOfProject(project.id())).stream().map(ProjectViews::task).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskView> clientToDo(Pageable pageable) {
        UUID clientId = TenantContext.acting().clientId();
        if (clientId == null) {
            return List.of();
        }
        return tasks.findOpenForClient(clientId, pageable).stream().map(ProjectViews::task).toList();
    }

    /** The task if the reader may see it: a client user never learns that an internal task exists. */
    private ProjectTask readableTask(UUID taskId) {
        ProjectTask task = tasks.findById(taskId).orElseThrow(() -> new DomainException("projects.task.not-found"));
        if (TenantContext.acting().clientUser() && !task.shared()) {
            throw new DomainException("projects.task.not-found");
        }
        projectService.readable(task.projectId());
        return task;
    }

    private static @Nullable String actor() {
        return TenantContext.subject().orElse(null);
    }
}
