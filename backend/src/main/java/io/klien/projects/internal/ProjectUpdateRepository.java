package io.klien.projects.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectUpdateRepository extends JpaRepository<ProjectUpdate, UUID> {

    List<ProjectUpdate> findByProjectIdOrderByPostedAtDescIdDesc(UUID projectId, Pageable pageable);

    /** The latest updates on any of the client's projects. */
    @org.springframework.data.jpa.repository.Query("select u from ProjectUpdate u, Project p"
            + " where p.id = u.projectId and p.clientId = :clientId order by u.postedAt desc, u.id desc")
    List<ProjectUpdate> findLatestOfClient(UUID clientId, Pageable pageable);
}
