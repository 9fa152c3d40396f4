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
            + " and (:overdue = false or (p.endsOn < :today and p.status <> io.klien.projects.ProjectStatus.DONE))"
            + " and (:overQuota = false or exists (select t.id from ProjectQuotaThreshold t where t.projectId = p.id"
            + " and t.percent = 100 and t.period in (:month, '" + io.klien.projects.QuotaThresholdReached.WHOLE_CONTRACT
            + "')))"
            + " and (:awaiting = false or exists (select v.id from DeliverableVersion v, Deliverable d"
            + " where d.id = v.deliverableId and d.projectId = p.id"
            + " and v.state = io.klien.projects.VersionState.IN_REVIEW))";

    /**
     * One page of the firm's projects matching the filter ({@code overdue}: past their end on {@code today};
     * {@code overQuota}: a quota line reached 100% in {@code month}, "2027-03", or over the whole contract).
     */
    @Query("select p " + FILTERED)
    Slice<Project> findFiltered(@Nullable String lead, @Nullable ProjectStatus status, @Nullable UUID clientId,
            boolean overdue, LocalDate today, boolean overQuota, String month, boolean awaiting, Pageable pageable);

    @Query("select count(p) " + FILTERED)
    long countFiltered(@Nullable String lead, @Nullable ProjectStatus status, @Nullable UUID clientId,
            boolean overdue, LocalDate today, boolean overQuota, String month, boolean awaiting);
}
