package io.klien.clients.internal;

import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientMerges;
import io.klien.clients.ClientProfile;
import io.klien.clients.Clients;
import io.klien.clients.ClientsMerged;
import io.klien.clients.TimelineEntry;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ClientMergeService implements ClientMerges {

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final ClientTeamMemberRepository team;
    private final ClientStatusChangeRepository statusChanges;
    private final ClientActivityRepository activities;
    private final CustomFieldService customFields;
    private final Clients records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientMergeService(ClientRepository clients, ClientContactRepository contacts, ClientTeamMemberRepository team,
            ClientStatusChangeRepository statusChanges, ClientActivityRepository activities, CustomFieldService customFields,
            Clients records, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.team = team;
        this.statusChanges = statusChanges;
        this.activities = activities;
        this.customFields = customFields;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ClientProfile merge(UUID survivorId, UUID duplicateId) {
        Scope scope = TenantContext.acting();
        if (!scope.system() && !scope.hasRole(TENANT_ADMIN)) {
            throw new DomainException("clients.merge.admin-only");
        }
        if (survivorId.equals(duplicateId)) {
            throw new DomainException("clients.merge.same");
        }
        Client survivor = client(survivorId);
        Client duplicate = client(duplicateId);
        boolean survivorHasPrimary = contacts.findByClientIdOrderByPrimaryDescNameAsc(survivorId).stream()
                .anyMatch(ClientContact::primary);
        for (ClientContact c : contacts.findByClientIdOrderByPrimaryDescNameAsc(duplicateId)) {
            if (survivorHasPrimary) {
                c.markPrimary(false);
            }
            c.moveTo(survivorId);
        }
        List<String> survivorTeam = team.findByClientIdOrderBySubjectAsc(survivorId).stream()
                .map(ClientTeamMember::subject).toList();
        for (ClientTeamMember m : team.findByClientIdOrderBySubjectAsc(duplicateId)) {
            team.delete(m);
            if (!survivorTeam.contains(m.subject())) {
                team.save(ClientTeamMember.of(survivorId, m.subject()));
            }
        }
        contacts.flush();
        team.flush();
        statusChanges.moveAll(duplicateId, survivorId);
        activities.moveAll(duplicateId, survivorId);
        customFields.mergeValues(duplicateId, survivorId);
        survivor.absorb(duplicate);
        activities.save(ClientActivity.of(survivorId, new TimelineEntry("MERGE", clock.instant(), scope.subject(),
                duplicate.name(), duplicateId)));
        events.publishEvent(new ClientsMerged(TenantContext.requireTenantId(), survivorId, duplicateId));
        clients.delete(duplicate);
        clients.flush();
        return records.profile(survivorId);
    }

    private Client client(UUID clientId) {
        return clients.findById(clientId).orElseThrow(() -> new DomainException("clients.not-found"));
    }
}
