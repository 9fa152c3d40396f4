package io.klien.projects.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.projects.SupportPriority;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceLevelTargetRepository extends JpaRepository<ServiceLevelTarget, UUID> {

    @Query("select t from ServiceLevelTarget t where t.clientId is null")
    List<ServiceLevelTarget> findDefaults();

    List<ServiceLevelTarget> findByClientId(UUID clientId);

    @Query("select t from ServiceLevelTarget t where t.clientId is null and t.priority = :priority")
    Optional<ServiceLevelTarget> findDefault(SupportPriority priority);

    Optional<ServiceLevelTarget> findByClientIdAndPriority(UUID clientId, SupportPriority priority);
}
