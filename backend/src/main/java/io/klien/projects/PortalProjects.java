package io.klien.projects;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client's portal home: their projects with progress, the deliverable versions waiting for their decision, the
 * shared tasks they own, the latest updates (never an internal note) and the account team across their projects.
 */
public record PortalProjects(List<ProjectSummary> projects, List<AwaitingApproval> awaitingApproval,
        List<TaskView> toDo, List<ProjectUpdateView> recentUpdates, List<TeamContact> accountTeam) {

    /** A version in review, named by its project and deliverable. */
    public record AwaitingApproval(UUID projectId, String projectTitle, UUID deliverableId, String deliverableTitle,
            UUID versionId, int number, Instant submittedAt) {
    }

    /** The client's projects in the given order with their progress, by id. */
    public @Nullable ProjectSummary project(UUID projectId) {
        return projects.stream().filter(p -> p.id().equals(projectId)).findFirst().orElse(null);
    }
}
