package io.klien.leads.internal;

import java.util.List;
import java.util.UUID;

import io.klien.leads.StageKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadStageRepository extends JpaRepository<LeadStage, UUID> {

    List<LeadStage> findAllByOrderByPositionAsc();

    List<LeadStage> findByKindOrderByPositionAsc(StageKind kind);

    boolean existsByNameIgnoreCase(String name);
}
