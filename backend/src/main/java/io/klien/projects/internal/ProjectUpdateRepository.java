package io.klien.projects.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectUpdateRepository extends JpaRepository<ProjectUpdate, UUID> {

    List<ProjectUpdate> findByProjectIdOrderByPostedAtDescIdDesc(UUID projectId, Pageable pageable);
}
