package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.klien.leads.internal.Lead;
import io.klien.leads.internal.LeadIncentive;
import io.klien.leads.internal.LeadIncentiveRepository;
import io.klien.leads.internal.LeadRepository;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Incentives offered to win a lead (a discount, a free consultation) and what became of them. */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class LeadIncentives {

    private final LeadIncentiveRepository incentives;
    private final LeadRepository leads;
    private final Clock clock;

    LeadIncentives(LeadIncentiveRepository incentives, LeadRepository leads, Clock clock) {
        this.incentives = incentives;
        this.leads = leads;
        this.clock = clock;
    }

    public IncentiveView offerIncentive(UUID leadId, IncentiveType type, @Nullable String note) {
        Lead lead = leads.findById(leadId).orElseThrow(() -> new DomainException("leads.not-found"));
        return incentives.save(LeadIncentive.offer(lead.id(), type, Leads.TEXT.optional(note, 500), clock.instant()))
                .toView();
    }

    public IncentiveView updateIncentive(UUID incentiveId, IncentiveStatus status) {
        LeadIncentive incentive = incentives.findById(incentiveId)
                .orElseThrow(() -> new DomainException("leads.incentive.not-found"));
        incentive.changeStatus(status);
        return incentive.toView();
    }

    @Transactional(readOnly = true)
    public List<IncentiveView> incentives(UUID leadId) {
        return incentives.findByLeadIdOrderByOfferedAtAsc(leadId).stream().map(LeadIncentive::toView).toList();
    }
}
