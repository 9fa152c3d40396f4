package io.klien.leads.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, UUID>, JpaSpecificationExecutor<Lead> {

    boolean existsByStageId(UUID stageId);

    @Query("select l from Lead l where lower(l.email) = lower(:email)")
    List<Lead> findByEmailIgnoringCase(String email);
}
