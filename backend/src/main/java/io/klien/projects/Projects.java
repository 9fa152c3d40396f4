package io.klien.projects;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * Projects of the firm's clients: made by hand or from a signed contract, run by a lead with a team, and followed by
 * the client. A client user reads only their own client's projects.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface Projects {

    /** Makes a project by hand; the creator leads it unless another colleague is named. */
    ProjectView create(NewProject project);

    /**
     * Makes the project of a signed contract: its scope items become milestones in order (due dates spread over the
     * term, or the fee milestones' dates when the fee is paid by milestone), its quota the budget, its term the
     * dates. One project per contract.
     */
    ProjectView createFromContract(UUID contractId);

    /** The project made from a contract, if one was. */
    Optional<UUID> ofContract(UUID contractId);

    /** A project with its plan and team. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    ProjectView get(UUID projectId);

    /** The projects of a client, newest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<ProjectSummary> ofClient(UUID clientId);

    /** Which of the clients have a completed project, in one statement however many clients. */
    Set<UUID> withCompletedProject(Collection<UUID> clientIds);

    /** A page of the firm's projects, newest first. */
    List<ProjectSummary> list(ProjectFilter filter, Pageable pageable);

    /** How many projects the filter finds. */
    long count(ProjectFilter filter);

    /** The lead (or a tenant admin) sets the status; at risk, off track and on hold need a reason. */
    ProjectView changeStatus(UUID projectId, long expectedVersion, ProjectStatus status, @Nullable String reason);

    /** The history of the project's status, oldest first. */
    List<StatusChangeView> statusHistory(UUID projectId);

    /** Adds a colleague to the team, or changes their role; making someone lead makes the old lead a member. */
    ProjectView putMember(UUID projectId, String subject, ProjectRole role);

    /** Takes a colleague off the team (never the lead: name another lead first). */
    ProjectView removeMember(UUID projectId, String subject);
}
