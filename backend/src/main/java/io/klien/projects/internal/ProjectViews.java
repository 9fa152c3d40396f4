package io.klien.projects.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.projects.MilestoneView;
import io.klien.projects.ProjectMemberView;
import io.klien.projects.ProjectSummary;
import io.klien.projects.ProjectView;
import io.klien.projects.TaskState;
import io.klien.projects.TaskView;
import io.klien.projects.TaskVisibility;
import io.klien.shared.tenant.TenantContext;
import org.springframework.stereotype.Component;

/** Builds what a reader may see of projects, in a constant number of statements per call. */
@Component
class ProjectViews {

    private final ProjectMemberRepository members;
    private final ProjectMilestoneRepository milestones;
    private final ProjectTaskRepository tasks;

    ProjectViews(ProjectMemberRepository members, ProjectMilestoneRepository milestones, ProjectTaskRepository tasks) {
        this.members = members;
        this.milestones = milestones;
        this.tasks = tasks;
    }

    /** The project with its team, its milestones and their progress over the tasks the reader may see. */
    ProjectView of(Project p) {
        List<ProjectMemberView> team = members.findByProjectIdOrderByRoleAscAddedAtAsc(p.id()).stream()
                .map(m -> new ProjectMemberView(m.subject(), m.role())).toList();
        List<ProjectTask> visible = visibleTasks(p.id());
        Map<UUID, List<ProjectTask>> byMilestone = visible.stream().filter(t -> t.milestoneId() != null)
                .collect(Collectors.groupingBy(ProjectTask::milestoneId));
        List<MilestoneView> plan = milestones.findByProjectIdOrderByPositionAsc(p.id()).stream()
                .map(m -> milestone(m, byMilestone.getOrDefault(m.id(), List.of()))).toList();
        long done = plan.stream().filter(MilestoneView::completed).count();
        int progress = plan.isEmpty() ? 0 : (int) (done * 100 / plan.size());
        return new ProjectView(p.id(), p.clientId(), p.contractId(), p.kind(), p.title(), p.status(),
                p.statusReason(), p.startsOn(), p.endsOn(), p.budget(), p.leadSubject(), team, plan, progress,
                p.version());
    }

    static MilestoneView milestone(ProjectMilestone m, List<ProjectTask> itsTasks) {
        int progress;
        if (m.completedAt() != null) {
            progress = 100;
        } else if (itsTasks.isEmpty()) {
            progress = 0;
        } else {
            progress = (int) (itsTasks.stream().filter(t -> t.state() == TaskState.DONE).count() * 100
                    / itsTasks.size());
        }
        return new MilestoneView(m.id(), m.position(), m.title(), m.description(), m.deliverable(), m.dueOn(),
                m.completedAt(), progress, m.version());
    }

    /** A client user sees shared tasks only. */
    List<ProjectTask> visibleTasks(UUID projectId) {
        return TenantContext.acting().clientUser()
                ? tasks.findOfProjectWith(projectId, TaskVisibility.SHARED)
                : tasks.findAllOfProject(projectId);
    }

    /** List rows with milestone counts for all of them in one statement. */
    List<ProjectSummary> summaries(Collection<Project> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : milestones.countsByProject(rows.stream().map(Project::id).toList())) {
            counts.put((UUID) row[0], new long[] {(Long) row[1], (Long) row[2]});
        }
        return rows.stream().map(p -> {
            long[] c = counts.getOrDefault(p.id(), new long[2]);
            return new ProjectSummary(p.id(), p.clientId(), p.title(), p.kind(), p.status(), p.leadSubject(),
                    p.endsOn(), (int) c[0], (int) c[1]);
        }).toList();
    }

    static TaskView task(ProjectTask t) {
        return new TaskView(t.id(), t.projectId(), t.milestoneId(), t.title(), t.description(), t.visibility(),
                t.assigneeSubject(), t.assigneeContactId(), t.dueOn(), t.state(), t.completedAt(), t.version());
    }
}
