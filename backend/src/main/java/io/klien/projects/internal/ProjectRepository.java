package io.klien.projects.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.projects.ProjectStatus;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID> {

    /** The project, locked until the transaction ends: status changes and plan edits of one project take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> findForUpdate(UUID id);

    Optional<Project> findByContractId(UUID contractId);

    List<Project> findByClientIdOrderByCreatedAtDesc(UUID clientId);

    String FILTERED = "from Project p where (:lead is null or p.leadSubject = :lead)"
            + " and (:status is null or p.status = :status)"
            + " and (:clientId is null or p.clientId = :clientId)"
            + " and (:overdue = false or (p.endsOn < :today and p.status <> io.klien.projects.ProjectStatus.DONE))";

    /** One page of the firm's projects matching the filter ({@code overdue}: past their end on {@code today}). */
    @Query("select p " + FILTERED)
    Slice<Project> findFiltered(@Nullable String lead, @Nullable ProjectStatus status, @Nullable UUID clientId,
            boolean overdue, LocalDate today, Pageable pageable);

    @Query("select count(p) " + FILTERED)
    long countFiltered(@Nullable String lead, @Nullable ProjectStatus status, @Nullable UUID clientId,
            boolean overdue, LocalDate today);
}
