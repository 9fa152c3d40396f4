package io.klien.projects.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliverableCommentRepository extends JpaRepository<DeliverableComment, UUID> {

    List<DeliverableComment> findByVersionIdOrderByCreatedAtAscIdAsc(UUID versionId);
}
