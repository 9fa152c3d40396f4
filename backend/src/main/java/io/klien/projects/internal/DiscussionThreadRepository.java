package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DiscussionThreadRepository extends JpaRepository<DiscussionThread, UUID> {

    /** The thread, locked: its last activity moves with each message. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from DiscussionThread t where t.id = :id")
    Optional<DiscussionThread> findForUpdate(UUID id);

    @Query("""
            select t from DiscussionThread t where t.projectId = :projectId
              and (:sharedOnly = false or t.visibility = io.klien.projects.ThreadVisibility.SHARED)
            order by coalesce(t.lastMessageAt, t.createdAt) desc, t.id""")
    List<DiscussionThread> findOfProject(UUID projectId, boolean sharedOnly);

    @Query("""
            select t from DiscussionThread t where t.deliverableId = :deliverableId
              and (:sharedOnly = false or t.visibility = io.klien.projects.ThreadVisibility.SHARED)
            order by coalesce(t.lastMessageAt, t.createdAt) desc, t.id""")
    List<DiscussionThread> findOfDeliverable(UUID deliverableId, boolean sharedOnly);
}
