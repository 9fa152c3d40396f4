package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeliverableRepository extends JpaRepository<Deliverable, UUID> {

    /** The deliverable, locked: its versions are numbered one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Deliverable d where d.id = :id")
    Optional<Deliverable> findForUpdate(UUID id);

    @Query("select d from Deliverable d where d.projectId = :projectId order by d.createdAt, d.id")
    List<Deliverable> findOfProject(UUID projectId);
}
