package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, UUID> {

    List<ProjectMember> findByProjectIdOrderByRoleAscAddedAtAsc(UUID projectId);

    Optional<ProjectMember> findByProjectIdAndSubject(UUID projectId, String subject);
}
