package io.klien.projects.internal;

import java.util.List;
import java.util.UUID;

import io.klien.projects.TaskVisibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectTaskRepository extends JpaRepository<ProjectTask, UUID> {

    @Query("select t from ProjectTask t where t.projectId = :projectId order by t.dueOn asc nulls last, t.createdAt, t.id")
    List<ProjectTask> findAllOfProject(UUID projectId);

    @Query("select t from ProjectTask t where t.projectId = :projectId and t.visibility = :visibility"
            + " order by t.dueOn asc nulls last, t.createdAt, t.id")
    List<ProjectTask> findOfProjectWith(UUID projectId, TaskVisibility visibility);

    /** Open tasks given to the contacts of a client (always shared), by due date: the client's to-do list. */
    @Query("select t from ProjectTask t, Project p where p.id = t.projectId and p.clientId = :clientId"
            + " and t.assigneeContactId is not null and t.state <> io.klien.projects.TaskState.DONE"
            + " and t.visibility = io.klien.projects.TaskVisibility.SHARED"
            + " order by t.dueOn asc nulls last, t.createdAt, t.id")
    List<ProjectTask> findOpenForClient(UUID clientId, Pageable pageable);
}
