package io.klien.projects.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SupportRequestRepository extends JpaRepository<SupportRequest, UUID>,
        JpaSpecificationExecutor<SupportRequest> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SupportRequest r where r.id = :id")
    Optional<SupportRequest> findForUpdate(UUID id);

    @Query("select coalesce(max(r.number), 0) from SupportRequest r")
    long lastNumber();

    @Query("select r from SupportRequest r where r.clientId = :clientId order by r.raisedAt desc, r.id")
    List<SupportRequest> findOfClient(UUID clientId);

    /** Open requests with a target passed by {@code now} and not yet recorded as breached, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select r from SupportRequest r where r.state = io.klien.projects.SupportState.OPEN
              and ((r.firstRespondedAt is null and r.firstResponseBreachedAt is null and r.firstResponseDue < :now)
                or (r.resolutionBreachedAt is null and r.resolutionDue < :now))""")
    List<SupportRequest> findBreachesDue(Instant now);

    @Query("select count(r) from SupportRequest r where r.firstResponseBreachedAt is not null")
    long countFirstResponseBreaches();

    @Query("select count(r) from SupportRequest r where r.resolutionBreachedAt is not null")
    long countResolutionBreaches();

    @Query("""
            select count(r) from SupportRequest r where r.state = io.klien.projects.SupportState.OPEN
              and (r.firstResponseBreachedAt is not null or r.resolutionBreachedAt is not null)""")
    long countOpenBreached();

    @Query("select a from SupportRequestAttachment a where a.requestId in :requestIds order by a.id")
    List<SupportRequestAttachment> attachmentsOf(Collection<UUID> requestIds);
}
