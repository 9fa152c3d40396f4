package io.klien.leads.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientFromLead;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.clients.TimelineEntry;
import io.klien.leads.IncentiveView;
import io.klien.leads.LeadConversion;
import io.klien.leads.LeadConversions;
import io.klien.leads.LeadIncentives;
import io.klien.leads.LeadView;
import io.klien.leads.StageKind;
import io.klien.shared.DomainException;
import io.klien.shared.PersonRefs;
import io.klien.shared.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class LeadConversionService implements LeadConversions {

    private final LeadRepository leads;
    private final LeadStageRepository stages;
    private final LeadActivityRepository activities;
    private final LeadIncentives incentives;
    private final Clients clients;
    private final ClientContacts contacts;
    private final Clock clock;

    LeadConversionService(LeadRepository leads, LeadStageRepository stages, LeadActivityRepository activities,
            LeadIncentives incentives, Clients clients, ClientContacts contacts, Clock clock) {
        this.leads = leads;
        this.stages = stages;
        this.activities = activities;
        this.incentives = incentives;
        this.clients = clients;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public LeadConversion convert(UUID leadId, @Nullable UUID existingClientId) {
        Lead lead = leads.findById(leadId).orElseThrow(() -> new DomainException("leads.not-found"));
        lead.requireNotConverted();
        if (PipelineStageService.stage(stages, lead.stageId()).kind() != StageKind.WON) {
            throw new DomainException("leads.convert.not-won");
        }
        LeadView v = lead.toView(PersonRefs.none());
        LocalDate won = Objects.requireNonNull(v.wonDate());
        List<TimelineEntry> history = new ArrayList<>(activities.findByLeadIdOrderByOccurredAtAsc(leadId).stream()
                .map(a -> a.toView(PersonRefs.none()))
                .map(a -> new TimelineEntry(a.type().name(), a.occurredAt(), a.authorSubject(), a.text(), a.id()))
                .toList());
        for (IncentiveView i : incentives.incentives(leadId)) {
            history.add(new TimelineEntry("INCENTIVE", i.offeredAt(), null,
                    i.type().name() + " (" + i.status().name() + ")" + (i.note() == null ? "" : ": " + i.note()), i.id()));
        }
        history.add(new TimelineEntry("CONVERTED", clock.instant(), TenantContext.subject().orElse(null), v.name(),
                v.id()));
        ContactDetails contact = v.kind() == ClientKind.INDIVIDUAL || v.organization() != null || v.email() != null
                ? new ContactDetails(v.name(), v.email(), v.phone(), null) : null;

        UUID clientId = existingClientId;
        if (clientId == null && v.email() != null) {
            clientId = contacts.findContactByEmail(v.email()).map(ContactView::clientId).orElse(null);
        }
        boolean returning = clientId != null;
        if (returning) {
            clients.profile(clientId);
            if (contact != null && (v.email() == null || contacts.contacts(clientId).stream()
                    .noneMatch(c -> v.email().equalsIgnoreCase(c.email())))) {
                contacts.addContact(clientId, contact, false);
            }
            clients.addToTimeline(clientId, history);
        } else {
            String clientName = v.kind() == ClientKind.ORGANIZATION && v.organization() != null ? v.organization() : v.name();
            clientId = clients.createFromLead(new ClientFromLead(clientName, v.kind(), contact, v.firstContactDate(), won,
                    v.ownerSubject(), history)).id();
        }
        lead.convertTo(clientId, returning);
        leads.save(lead);
        leads.flush();
        return new LeadConversion(leadId, clientId, returning, ChronoUnit.DAYS.between(v.firstContactDate(), won));
    }
}
