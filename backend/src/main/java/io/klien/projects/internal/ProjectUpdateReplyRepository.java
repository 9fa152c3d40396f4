package io.klien.projects.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectUpdateReplyRepository extends JpaRepository<ProjectUpdateReply, UUID> {

    List<ProjectUpdateReply> findByUpdateIdOrderByCreatedAtAscIdAsc(UUID updateId);

    List<ProjectUpdateReply> findByUpdateIdInOrderByCreatedAtAscIdAsc(Collection<UUID> updateIds);

    @Query("select r.updateId, count(r) from ProjectUpdateReply r where r.updateId in :updateIds group by r.updateId")
    List<Object[]> countByUpdates(Collection<UUID> updateIds);
}
