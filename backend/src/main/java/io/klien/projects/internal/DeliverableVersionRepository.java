package io.klien.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeliverableVersionRepository extends JpaRepository<DeliverableVersion, UUID> {

    /** The version, locked: two people deciding on it at once take turns, and the second finds it decided. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from DeliverableVersion v where v.id = :id")
    Optional<DeliverableVersion> findForUpdate(UUID id);

    @Query("select v from DeliverableVersion v where v.deliverableId in :deliverableIds order by v.number desc")
    List<DeliverableVersion> findOfDeliverables(Collection<UUID> deliverableIds);

    @Query("select coalesce(max(v.number), 0) from DeliverableVersion v where v.deliverableId = :deliverableId")
    int lastNumber(UUID deliverableId);

    @Query("select v from DeliverableVersion v where v.deliverableId = :deliverableId"
            + " and v.state = io.klien.projects.VersionState.IN_REVIEW")
    Optional<DeliverableVersion> findInReview(UUID deliverableId);

    /** The client's versions in review, oldest first: project id and title, deliverable id and title, version. */
    @Query("select p.id, p.title, d.id, d.title, v.id, v.number, v.submittedAt"
            + " from DeliverableVersion v, Deliverable d, Project p where d.id = v.deliverableId and p.id = d.projectId"
            + " and p.clientId = :clientId and v.state = io.klien.projects.VersionState.IN_REVIEW"
            + " order by v.submittedAt, v.id")
    List<Object[]> findInReviewOfClient(UUID clientId, org.springframework.data.domain.Pageable pageable);

    /** Requests for changes on the project's deliverables: its revision rounds. */
    @Query("select count(v) from DeliverableVersion v, Deliverable d where d.id = v.deliverableId"
            + " and d.projectId = :projectId and v.state = io.klien.projects.VersionState.CHANGES_REQUESTED")
    int countRevisionRounds(UUID projectId);
}
