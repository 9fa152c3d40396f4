package io.klien.leads.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeadIncentiveRepository extends JpaRepository<LeadIncentive, UUID> {

    List<LeadIncentive> findByLeadIdOrderByOfferedAtAsc(UUID leadId);
}
