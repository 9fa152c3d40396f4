package io.klien.testimonials.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.klien.clients.ClientContacts;
import io.klien.clients.ContactView;
import io.klien.contracts.Contracts;
import io.klien.projects.MilestoneRatingView;
import io.klien.projects.Projects;
import io.klien.projects.SatisfactionCheckins;
import io.klien.projects.SupportRequests;
import io.klien.projects.SupportState;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.testimonials.VerifiedFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the testimonials module reads about a client from other modules: contacts and portal users, the last
 * milestone rating, open support requests, and the facts a "verified client" badge states. The caller has checked
 * that the acting person may reach the client; the reads run as the system in the active firm, so a client user or a
 * visitor with a link gets the facts without the rights to the records behind them.
 */
@Component
class ClientFacts {

    private final ClientContacts contacts;
    private final Memberships memberships;
    private final Projects projects;
    private final SatisfactionCheckins checkins;
    private final SupportRequests supportRequests;
    private final Contracts contracts;
    private final FirmTime time;

    ClientFacts(ClientContacts contacts, Memberships memberships, Projects projects, SatisfactionCheckins checkins,
            SupportRequests supportRequests, Contracts contracts, FirmTime time) {
        this.contacts = contacts;
        this.memberships = memberships;
        this.projects = projects;
        this.checkins = checkins;
        this.supportRequests = supportRequests;
        this.contracts = contracts;
        this.time = time;
    }

    Map<UUID, ContactView> contactsOf(UUID clientId) {
        return asSystem(() -> contacts.contacts(clientId).stream()
                .collect(Collectors.toMap(ContactView::id, Function.identity())));
    }

    /** The client's active portal user with the contact's email address, if the contact has a portal account. */
    Optional<MembershipView> portalUserOf(ContactView contact) {
        String email = contact.email();
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return asSystem(() -> memberships.clientUsers(List.of(contact.clientId()))
                .getOrDefault(contact.clientId(), List.of()).stream()
                .filter(m -> m.isActive() && email.equalsIgnoreCase(m.email())).findFirst());
    }

    /** The contact a client user is, by email address, if any. */
    Optional<ContactView> contactOfUser(UUID clientId, String subject) {
        Optional<String> email = asSystem(() -> memberships.clientUsers(List.of(clientId))
                .getOrDefault(clientId, List.of()).stream().filter(m -> m.subject().equals(subject))
                .map(MembershipView::email).findFirst());
        return email.flatMap(e -> contactsOf(clientId).values().stream()
                .filter(c -> e.equalsIgnoreCase(c.email())).findFirst());
    }

    /** The score of the client's most recent milestone rating across its projects, if it gave one. */
    OptionalInt lastRating(UUID clientId) {
        Optional<MilestoneRatingView> last = asSystem(() -> projects.ofClient(clientId).stream()
                .flatMap(p -> checkins.ofProject(p.id()).ratings().stream())
                .max(Comparator.comparing(MilestoneRatingView::changedAt)));
        return last.map(r -> OptionalInt.of(r.score())).orElse(OptionalInt.empty());
    }

    boolean hasOpenSupportRequest(UUID clientId) {
        return asSystem(() -> supportRequests.ofClient(clientId).stream()
                .anyMatch(r -> r.state() == SupportState.OPEN));
    }

    /**
     * For each of the clients, a signed contract (and the earliest signing as "client since") and a completed project,
     * as the firm has them: two statements however many clients (one to contracts, one to projects).
     */
    Map<UUID, VerifiedFacts> verified(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Set<UUID> distinct = Set.copyOf(clientIds);
        return asSystem(() -> {
            Map<UUID, Instant> firstSigned = contracts.firstSignedAt(distinct);
            Set<UUID> completed = projects.withCompletedProject(distinct);
            Map<UUID, VerifiedFacts> facts = new HashMap<>();
            for (UUID clientId : distinct) {
                Instant signed = firstSigned.get(clientId);
                @Nullable LocalDate since = signed == null ? null : LocalDate.ofInstant(signed, time.zone());
                facts.put(clientId, new VerifiedFacts(signed != null, since, completed.contains(clientId)));
            }
            return facts;
        });
    }

    private static <T> T asSystem(Supplier<T> read) {
        return TenantContext.callIn(Scope.system(TenantContext.requireTenantId()), read);
    }
}
