package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

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
import io.klien.leads.internal.Lead;
import io.klien.leads.internal.LeadActivity;
import io.klien.leads.internal.LeadActivityRepository;
import io.klien.leads.internal.LeadRepository;
import io.klien.leads.internal.LeadStageRepository;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turning won leads into clients (or linking them to a returning customer's client). */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class LeadConversions {

    private final LeadRepository leads;
    private final LeadStageRepository stages;
    private final LeadActivityRepository activities;
    private final LeadIncentives incentives;
    private final Clients clients;
    private final ClientContacts contacts;
    private final Clock clock;

    LeadConversions(LeadRepository leads, LeadStageRepository stages, LeadActivityRepository activities,
            LeadIncentives incentives, Clients clients, ClientContacts contacts, Clock clock) {
        this.leads = leads;
        this.stages = stages;
        this.activities = activities;
        this.incentives = incentives;
        this.clients = clients;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * Converts a won lead. A returning customer (the given existing client, or a client with a contact of the
     * lead's email) is linked instead of duplicated; otherwise the client is created with the lead's contact as its
     * primary contact. Either way the lead's activities go onto the client's timeline and the sales cycle (first
     * contact to won date) is recorded.
     */
    public LeadConversion convert(UUID leadId, @Nullable UUID existingClientId) {
        Lead lead = leads.findById(leadId).orElseThrow(() -> new DomainException("leads.not-found"));
        lead.requireNotConverted();
        if (PipelineStages.stage(stages, lead.stageId()).kind() != StageKind.WON) {
            throw new DomainException("leads.convert.not-won");
        }
        LeadView v = lead.toView();
        LocalDate won = Objects.requireNonNull(v.wonDate());
        List<TimelineEntry> history = new ArrayList<>(activities.findByLeadIdOrderByOccurredAtAsc(leadId).stream()
                .map(LeadActivity::toView)
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
