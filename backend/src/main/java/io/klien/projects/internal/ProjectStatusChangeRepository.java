package io.klien.projects.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectStatusChangeRepository extends JpaRepository<ProjectStatusChange, UUID> {

    List<ProjectStatusChange> findByProjectIdOrderByChangedAtAsc(UUID projectId);
}
