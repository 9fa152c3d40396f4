package io.klien.projects;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The plan of a project: milestones and tasks. Tasks are internal unless shared; a client user never sees an
 * internal task, not even by its id, and may complete only the shared tasks given to their client's contacts.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ProjectPlans {

    /** Adds a milestone at the end of the plan. */
    MilestoneView addMilestone(UUID projectId, NewMilestone milestone);

    /** Completes a milestone (its open tasks stay as they are); the last one completes the project. */
    MilestoneView completeMilestone(UUID milestoneId);

    /** Adds a task. */
    TaskView addTask(UUID projectId, NewTask task);

    /** Moves a task on; a client user may do this only for a shared task of their own client's contacts. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    TaskView changeState(UUID taskId, long expectedVersion, TaskState state);

    /**
     * Gives a task to someone else (a colleague, one of the client's contacts for a shared task, or nobody) and sets
     * its due date (or none), on the version the reader saw.
     */
    TaskView replan(UUID taskId, long expectedVersion, @Nullable String assigneeSubject,
            @Nullable UUID assigneeContactId, @Nullable LocalDate dueOn);

    /** Shares an internal task with the client, or takes a shared one back (not one a client contact owns). */
    TaskView changeVisibility(UUID taskId, TaskVisibility visibility);

    /** A task, as the reader may see it. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    TaskView task(UUID taskId);

    /** The tasks of a project the reader may see, by due date. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<TaskView> tasks(UUID projectId);

    /** The open shared tasks given to the acting client user's client's contacts, by due date: their to-do list. */
    @FirmRoles(CLIENT)
    List<TaskView> clientToDo(Pageable pageable);
}
