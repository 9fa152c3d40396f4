package io.klien.clients.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.clients.ClientContactChanged;
import io.klien.clients.ClientContactChanged.Change;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientTeamChanged;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.shared.ContactFormat;
import io.klien.shared.DomainException;
import io.klien.shared.TextInput;
import io.klien.shared.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ClientContactService implements ClientContacts {

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final ClientTeamMemberRepository team;
    private final Clients records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientContactService(ClientRepository clients, ClientContactRepository contacts, ClientTeamMemberRepository team,
            Clients records, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.team = team;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    // ---- contacts ----

    @Override
    @Transactional(readOnly = true)
    public List<ContactView> contacts(UUID clientId) {
        return contacts.findByClientIdOrderByPrimaryDescNameAsc(clientId).stream().map(ClientContact::toView).toList();
    }

    @Override
    public ContactView addContact(UUID clientId, ContactDetails details, boolean primary) {
        client(clientId);
        ContactDetails clean = validated(details);
        List<ClientContact> existing = contacts.findByClientIdOrderByPrimaryDescNameAsc(clientId);
        ClientContact contact = ClientContact.of(clientId, clean, clock.instant());
        if (primary || existing.isEmpty()) {
            existing.stream().filter(ClientContact::primary).forEach(c -> c.markPrimary(false));
            contacts.flush();
            contact.markPrimary(true);
        }
        ContactView added = contacts.saveAndFlush(contact).toView();
        contactChanged(added, Change.ADDED, null, summary(added));
        return added;
    }

    @Override
    public ContactView updateContact(UUID contactId, long expectedVersion, ContactDetails details) {
        ClientContact contact = contact(contactId);
        if (contact.version() != expectedVersion) {
            throw new DomainException("clients.stale");
        }
        String before = summary(contact.toView());
        contact.change(validated(details));
        try {
            contacts.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("clients.stale");
        }
        ContactView updated = contact.toView();
        if (!before.equals(summary(updated))) {
            contactChanged(updated, Change.UPDATED, before, summary(updated));
        }
        return updated;
    }

    @Override
    public ContactView makePrimary(UUID contactId) {
        ClientContact contact = contact(contactId);
        boolean wasPrimary = contact.primary();
        contacts.findByClientIdOrderByPrimaryDescNameAsc(contact.clientId()).stream()
                .filter(c -> c.primary() && !c.id().equals(contactId)).forEach(c -> c.markPrimary(false));
        contacts.flush();
        contact.markPrimary(true);
        contacts.flush();
        ContactView primary = contact.toView();
        if (!wasPrimary) {
            contactChanged(primary, Change.MADE_PRIMARY, "primary=false", "primary=true");
        }
        return primary;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactView> findContactByEmail(String email) {
        return contacts.findByEmailIgnoringCase(email.strip()).stream().findFirst().map(ClientContact::toView);
    }

    // ---- representative and account team ----

    @Override
    public ClientProfile assignRepresentative(UUID clientId, @Nullable String subject) {
        Client client = client(clientId);
        client.assignRepresentative(ClientService.TEXT.optional(subject, 255));
        clients.save(client);
        clients.flush();
        return records.profile(clientId);
    }

    @Override
    public ClientProfile addToAccountTeam(UUID clientId, String subject) {
        client(clientId);
        String clean = ClientService.TEXT.required(subject, "clients.team.subject.required", 255);
        if (team.findByClientIdAndSubject(clientId, clean).isEmpty()) {
            team.save(ClientTeamMember.of(clientId, clean));
            events.publishEvent(new ClientTeamChanged(TenantContext.requireTenantId(), clientId,
                    ClientTeamChanged.Change.MEMBER_ADDED, null, clean));
        }
        return records.profile(clientId);
    }

    @Override
    public ClientProfile removeFromAccountTeam(UUID clientId, String subject) {
        client(clientId);
        team.findByClientIdAndSubject(clientId, subject).ifPresent(member -> {
            team.delete(member);
            events.publishEvent(new ClientTeamChanged(TenantContext.requireTenantId(), clientId,
                    ClientTeamChanged.Change.MEMBER_REMOVED, subject, null));
        });
        team.flush();
        return records.profile(clientId);
    }

    static ContactDetails validated(ContactDetails d) {
        return validated(d, "");
    }

    /**
     * The contact's details trimmed and checked; refusals name the {@link ContactDetails} property, after
     * {@code prefix} when the details are part of a larger command (e.g. {@code "primaryContact."}).
     */
    static ContactDetails validated(ContactDetails d, String prefix) {
        TextInput name = TextInput.forField(prefix + "name", ClientService.TOO_LONG);
        TextInput roleTitle = TextInput.forField(prefix + "roleTitle", ClientService.TOO_LONG);
        return new ContactDetails(name.required(d.name(), "clients.contact.name.required", 200),
                ContactFormat.email(d.email(), "clients.email.invalid", prefix + "email"),
                ContactFormat.phone(d.phone(), "clients.phone.invalid", prefix + "phone"),
                roleTitle.optional(d.roleTitle(), 200));
    }

    private void contactChanged(ContactView contact, Change change, @Nullable String before, @Nullable String after) {
        events.publishEvent(new ClientContactChanged(TenantContext.requireTenantId(), contact.clientId(), contact.id(),
                change, before, after));
    }

    private static String summary(ContactView c) {
        return "name=" + c.name() + ", email=" + c.email() + ", phone=" + c.phone() + ", role=" + c.roleTitle();
    }

    private Client client(UUID clientId) {
        return clients.findById(clientId).orElseThrow(() -> new DomainException("clients.not-found"));
    }

    private ClientContact contact(UUID contactId) {
        return contacts.findById(contactId).orElseThrow(() -> new DomainException("clients.contact.not-found"));
    }
}
