package io.klien.leads.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadActivityRepository extends JpaRepository<LeadActivity, UUID> {

    Page<LeadActivity> findByLeadIdOrderByOccurredAtDesc(UUID leadId, Pageable pageable);

    List<LeadActivity> findByLeadIdOrderByOccurredAtAsc(UUID leadId);
}
