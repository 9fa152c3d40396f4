package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, UUID> {

    List<ProjectMember> findByProjectIdOrderByRoleAscAddedAtAsc(UUID projectId);

    /** The team members of all the client's projects. */
    @org.springframework.data.jpa.repository.Query("select m from ProjectMember m, Project p"
            + " where p.id = m.projectId and p.clientId = :clientId order by m.role, m.addedAt")
    List<ProjectMember> findOfClient(UUID clientId);

    Optional<ProjectMember> findByProjectIdAndSubject(UUID projectId, String subject);
}
