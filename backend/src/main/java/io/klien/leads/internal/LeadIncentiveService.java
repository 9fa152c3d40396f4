package io.klien.leads.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.klien.leads.IncentiveStatus;
import io.klien.leads.IncentiveType;
import io.klien.leads.IncentiveView;
import io.klien.leads.LeadIncentives;
import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class LeadIncentiveService implements LeadIncentives {

    private final LeadIncentiveRepository incentives;
    private final LeadRepository leads;
    private final Clock clock;

    LeadIncentiveService(LeadIncentiveRepository incentives, LeadRepository leads, Clock clock) {
        this.incentives = incentives;
        this.leads = leads;
        this.clock = clock;
    }

    @Override
    public IncentiveView offerIncentive(UUID leadId, IncentiveType type, @Nullable String note) {
        Lead lead = leads.findById(leadId).orElseThrow(() -> new DomainException("leads.not-found"));
        return incentives.save(LeadIncentive.offer(lead.id(), type, LeadService.TEXT.optional(note, 500), clock.instant()))
                .toView();
    }

    @Override
    public IncentiveView updateIncentive(UUID incentiveId, IncentiveStatus status) {
        LeadIncentive incentive = incentives.findById(incentiveId)
                .orElseThrow(() -> new DomainException("leads.incentive.not-found"));
        incentive.changeStatus(status);
        return incentive.toView();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncentiveView> incentives(UUID leadId) {
        return incentives.findByLeadIdOrderByOfferedAtAsc(leadId).stream().map(LeadIncentive::toView).toList();
    }
}
