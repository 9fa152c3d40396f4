package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.klien.clients.internal.Client;
import io.klien.clients.internal.ClientActivity;
import io.klien.clients.internal.ClientActivityRepository;
import io.klien.clients.internal.ClientContact;
import io.klien.clients.internal.ClientContactRepository;
import io.klien.clients.internal.ClientRepository;
import io.klien.clients.internal.ClientStatusChangeRepository;
import io.klien.clients.internal.ClientTeamMember;
import io.klien.clients.internal.ClientTeamMemberRepository;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Merging a duplicate client record into the one that stays (staff are told that only a tenant admin may). */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class ClientMerges {

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final ClientTeamMemberRepository team;
    private final ClientStatusChangeRepository statusChanges;
    private final ClientActivityRepository activities;
    private final CustomFields customFields;
    private final Clients records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientMerges(ClientRepository clients, ClientContactRepository contacts, ClientTeamMemberRepository team,
            ClientStatusChangeRepository statusChanges, ClientActivityRepository activities, CustomFields customFields,
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

    /**
     * Merges a duplicate into the survivor: contacts, account team, status history, timeline and the custom values
     * the survivor lacks move over, what only the duplicate knew is kept, other modules follow
     * ({@link ClientsMerged}: the duplicate's portal users then belong to the survivor), and the duplicate is removed.
     * Only a tenant admin merges: it cannot be undone and changes what the portal users see.
     */
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
