package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectFollowerRepository extends JpaRepository<ProjectFollower, UUID> {

    Optional<ProjectFollower> findByProjectIdAndSubject(UUID projectId, String subject);

    List<ProjectFollower> findByProjectId(UUID projectId);
}
