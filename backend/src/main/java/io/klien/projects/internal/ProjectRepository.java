package io.klien.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.projects.ProjectStatus;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID>, JpaSpecificationExecutor<Project> {

    /** The project, locked until the transaction ends: status changes and plan edits of one project take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> findForUpdate(UUID id);

    Optional<Project> findByContractId(UUID contractId);

    List<Project> findByClientIdOrderByCreatedAtDesc(UUID clientId);

    /** Those of the clients that have a project in the status. */
    @Query("select distinct p.clientId from Project p where p.clientId in :clientIds and p.status = :status")
    List<UUID> findClientIdsWithStatus(Collection<UUID> clientIds, ProjectStatus status);

}
