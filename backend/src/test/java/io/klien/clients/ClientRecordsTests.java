package io.klien.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ClientRecordsTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientSearch clientSearch;
    @Autowired ClientMerges clientMerges;
    @Autowired ClientContacts clientContacts;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    <T> T staff(java.util.function.Supplier<T> work) {
        return firms.as(firms.staffOfA(), work);
    }

    <T> T admin(java.util.function.Supplier<T> work) {
        return firms.as(firms.adminOfA(), work);
    }

    long rowsOfA(String table) {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    static NewClient newClient(String name, String email) {
        return new NewClient(name, ClientKind.ORGANIZATION, new ContactDetails("Budi Santoso", email, "+62 812 3456 7890",
                "Director"), LocalDate.of(2026, 1, 5), false);
    }

    @Test
    void aNewClientStartsOnboardingWithItsPrimaryContactAndAStatusHistory() {
        ClientProfile client = staff(() -> clients.create(newClient("Nusantara Legal", "budi@nusantara.test")));

        assertThat(client.status()).isEqualTo(ClientStatus.ONBOARDING);
        assertThat(client.relationshipStart()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(client.tenureOn(LocalDate.of(2026, 3, 5))).isEqualTo(java.time.Period.ofMonths(2));
        assertThat(staff(() -> clientContacts.contacts(client.id()))).singleElement().satisfies(c -> {
            assertThat(c.primary()).isTrue();
            assertThat(c.email()).isEqualTo("budi@nusantara.test");
        });
        assertThat(staff(() -> clients.statusHistory(client.id()))).extracting(StatusChangeView::toStatus)
                .containsExactly(ClientStatus.ONBOARDING);
        assertThat(staff(() -> clients.find(client.id())).orElseThrow().status()).isEqualTo("ONBOARDING");
    }

    @Test
    void statusChangesAreKeptInTheHistoryWithWhoChangedThem() {
        ClientProfile client = staff(() -> clients.create(newClient("Status Co", "a@status.test")));

        staff(() -> clients.changeStatus(client.id(), ClientStatus.ACTIVE));
        staff(() -> clients.changeStatus(client.id(), ClientStatus.PAUSED));
        staff(() -> clients.changeStatus(client.id(), ClientStatus.PAUSED));

        List<StatusChangeView> history = staff(() -> clients.statusHistory(client.id()));
        assertThat(history).extracting(StatusChangeView::toStatus)
                .containsExactly(ClientStatus.ONBOARDING, ClientStatus.ACTIVE, ClientStatus.PAUSED);
        assertThat(history.get(2).fromStatus()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(history.get(2).changedBy()).isEqualTo(firms.staffA);
    }

    @Test
    void theRecordKeepsRepresentativeAccountTeamServiceLinesTagsAndPreferences() {
        ClientProfile client = staff(() -> clients.create(newClient("Record Co", "a@record.test")));

        staff(() -> clientContacts.assignRepresentative(client.id(), firms.staffA));
        staff(() -> clientContacts.addToAccountTeam(client.id(), firms.adminA));
        staff(() -> clientContacts.addToAccountTeam(client.id(), firms.adminA));
        ClientProfile current = staff(() -> clients.profile(client.id()));
        ClientProfile edited = staff(() -> clients.updateProfile(client.id(), current.version(), new ClientChanges(
                "Record Company", ClientKind.ORGANIZATION, LocalDate.of(2025, 6, 1), true,
                List.of("Tax", "Audit", "tax"), List.of("VIP"), "Prefers calls in the morning")));

        assertThat(edited.representativeSubject()).isEqualTo(firms.staffA);
        assertThat(edited.accountTeam()).containsExactly(firms.adminA);
        assertThat(edited.exclusive()).isTrue();
        assertThat(edited.serviceLines()).containsExactly("Tax", "Audit");
        assertThat(edited.tags()).containsExactly("VIP");
        assertThat(staff(() -> clients.profile(client.id())).preferences()).isEqualTo("Prefers calls in the morning");
    }

    @Test
    void aClientHasSeveralContactsAndExactlyOnePrimary() {
        ClientProfile client = staff(() -> clients.create(newClient("Contacts Co", "first@contacts.test")));
        ContactView second = staff(() -> clientContacts.addContact(client.id(),
                new ContactDetails("Sari", "sari@contacts.test", null, "Finance"), false));

        staff(() -> clientContacts.makePrimary(second.id()));
        ContactView third = staff(() -> clientContacts.addContact(client.id(),
                new ContactDetails("Tono", null, null, null), true));

        List<ContactView> all = staff(() -> clientContacts.contacts(client.id()));
        assertThat(all).hasSize(3);
        assertThat(all).filteredOn(ContactView::primary).extracting(ContactView::id).containsExactly(third.id());
    }

    @Test
    void aStaleEditOfAClientIsRefusedAndTheFirstEditIsKept() {
        ClientProfile client = staff(() -> clients.create(newClient("Contested Client", "a@contested.test")));
        ClientChanges first = new ClientChanges("First Name", ClientKind.ORGANIZATION, null, false, List.of(), List.of(), null);
        ClientChanges second = new ClientChanges("Second Name", ClientKind.ORGANIZATION, null, true, List.of(), List.of(), null);

        staff(() -> clients.updateProfile(client.id(), client.version(), first));

        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> clients.updateProfile(client.id(), client.version(), second)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("clients.stale"));
        ClientProfile now = staff(() -> clients.profile(client.id()));
        assertThat(now.name()).isEqualTo("First Name");
        assertThat(now.exclusive()).isFalse();
    }

    @Test
    void aStaleEditOfAContactIsRefused() {
        ClientProfile client = staff(() -> clients.create(newClient("Contact Edit Co", "a@edit.test")));
        ContactView contact = staff(() -> clientContacts.contacts(client.id())).getFirst();

        staff(() -> clientContacts.updateContact(contact.id(), contact.version(), new ContactDetails("Budi S.", null, null, null)));

        assertThatThrownBy(() -> staff(() -> clientContacts.updateContact(contact.id(), contact.version(),
                new ContactDetails("Other", null, null, null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("clients.stale");
        assertThat(staff(() -> clientContacts.contacts(client.id())).getFirst().name()).isEqualTo("Budi S.");
    }

    @Test
    void badInputIsRefusedWithAMessageKeyAndNothingIsSaved() {
        long clientsBefore = rowsOfA("client");
        long contactsBefore = rowsOfA("client_contact");

        assertThatThrownBy(() -> staff(() -> clients.create(newClient(" ", "x@y.test"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("clients.name.required");
        assertThatThrownBy(() -> staff(() -> clients.create(newClient("Bad Mail", "no-at-sign"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("clients.email.invalid");
        assertThatThrownBy(() -> staff(() -> clients.create(new NewClient("Bad Phone", ClientKind.INDIVIDUAL,
                new ContactDetails("X", null, "phone: 12", null), null, false))))
                .isInstanceOf(DomainException.class).hasMessageContaining("clients.phone.invalid");
        assertThatThrownBy(() -> staff(() -> clients.create(new NewClient("No Contact Name", ClientKind.INDIVIDUAL,
                new ContactDetails("", "a@b.test", null, null), null, false))))
                .isInstanceOf(DomainException.class).hasMessageContaining("clients.contact.name.required");

        assertThat(rowsOfA("client")).isEqualTo(clientsBefore);
        assertThat(rowsOfA("client_contact")).isEqualTo(contactsBefore);
    }

    @Test
    void aClientWithTheSameNormalisedNameOrEmailIsWarnedAboutUntilConfirmed() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ClientProfile existing = staff(() -> clients.create(newClient("PT Maju Makmur " + suffix, "owner@makmur.test")));
        long before = rowsOfA("client");

        assertThatThrownBy(() -> staff(() -> clients.create(newClient("Maju Makmur " + suffix + ", PT.", "other@x.test"))))
                .isInstanceOfSatisfying(DuplicateWarning.class, w -> assertThat(w.candidates())
                        .extracting(DuplicateCandidate::kind, DuplicateCandidate::id, DuplicateCandidate::match)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(DuplicateCandidate.Kind.CLIENT,
                                existing.id(), DuplicateCandidate.Match.NAME)));
        assertThatThrownBy(() -> staff(() -> clients.create(newClient("Something Else", "OWNER@makmur.test"))))
                .isInstanceOfSatisfying(DuplicateWarning.class, w -> assertThat(w.candidates())
                        .anySatisfy(c -> {
                            assertThat(c.kind()).isEqualTo(DuplicateCandidate.Kind.CONTACT);
                            assertThat(c.clientId()).isEqualTo(existing.id());
                            assertThat(c.match()).isEqualTo(DuplicateCandidate.Match.EMAIL);
                        }));
        assertThat(rowsOfA("client")).isEqualTo(before);

        ClientProfile confirmed = staff(() -> clients.create(new NewClient("Maju Makmur " + suffix + ", PT.",
                ClientKind.ORGANIZATION, null, null, true)));
        assertThat(confirmed.id()).isNotEqualTo(existing.id());
    }

    @Test
    void mergingMovesContactsTeamHistoryTimelineAndPortalUsersOntoTheSurvivor() {
        ClientProfile survivor = staff(() -> clients.create(newClient("Survivor Co", "boss@survivor.test")));
        ClientProfile duplicate = staff(() -> clients.create(new NewClient("Survivor Company", ClientKind.ORGANIZATION,
                new ContactDetails("Dup Person", "dup@survivor.test", null, null), null, true)));
        staff(() -> clients.changeStatus(duplicate.id(), ClientStatus.ACTIVE));
        staff(() -> clientContacts.addToAccountTeam(duplicate.id(), firms.adminA));
        staff(() -> {
            clients.addToTimeline(duplicate.id(), List.of(new TimelineEntry("NOTE", java.time.Instant.now(), firms.staffA,
                    "Met at the fair", null)));
            return null;
        });
        String portalUser = "portal-" + UUID.randomUUID();
        firms.as(firms.adminOfA(), () -> memberships.add(new NewMember(portalUser, portalUser + "@c.test", "Portal",
                FirmRole.CLIENT, duplicate.id(), MembershipStatus.ACTIVE)));

        ClientProfile merged = admin(() -> clientMerges.merge(survivor.id(), duplicate.id()));

        assertThat(merged.accountTeam()).containsExactly(firms.adminA);
        assertThat(staff(() -> clients.find(duplicate.id()))).isEmpty();
        List<ContactView> contacts = staff(() -> clientContacts.contacts(survivor.id()));
        assertThat(contacts).extracting(ContactView::name).containsExactlyInAnyOrder("Budi Santoso", "Dup Person");
        assertThat(contacts).filteredOn(ContactView::primary).extracting(ContactView::name).containsExactly("Budi Santoso");
        assertThat(staff(() -> clients.statusHistory(survivor.id()))).hasSize(3);
        assertThat(staff(() -> clients.timeline(survivor.id(), Pageable.ofSize(10)).getContent()))
                .extracting(TimelineEntryView::type).containsExactlyInAnyOrder("NOTE", "MERGE");
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select client_id from membership where subject = ?", UUID.class, portalUser))).isEqualTo(survivor.id());
    }

    @Test
    void onlyATenantAdminMergesClientsAndStaffAreToldWhyWithNothingMoved() {
        ClientProfile survivor = staff(() -> clients.create(newClient("Guarded Co", "boss@guarded.test")));
        ClientProfile duplicate = staff(() -> clients.create(new NewClient("Guarded Company", ClientKind.ORGANIZATION,
                new ContactDetails("Guarded Dup", "dup@guarded.test", null, null), null, true)));
        String portalUser = "portal-" + UUID.randomUUID();
        admin(() -> memberships.add(new NewMember(portalUser, portalUser + "@c.test", "Portal", FirmRole.CLIENT,
                duplicate.id(), MembershipStatus.ACTIVE)));

        assertThatThrownBy(() -> staff(() -> clientMerges.merge(survivor.id(), duplicate.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("clients.merge.admin-only"));
        assertThatThrownBy(() -> firms.as(Scope.member(firms.firmA, portalUser, "CLIENT", duplicate.id(), false),
                () -> clientMerges.merge(duplicate.id(), survivor.id()))).isInstanceOf(AccessDeniedException.class);

        assertThat(staff(() -> clients.find(duplicate.id()))).isPresent();
        assertThat(staff(() -> clientContacts.contacts(duplicate.id()))).extracting(ContactView::name)
                .containsExactly("Guarded Dup");
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select client_id from membership where subject = ?", UUID.class, portalUser))).isEqualTo(duplicate.id());
    }

    @Test
    void theGridFiltersByStatusRepresentativeAndTextPagedAndSortedByTheDatabase() {
        String word = "grid" + UUID.randomUUID().toString().substring(0, 6);
        ClientProfile a = staff(() -> clients.create(new NewClient("Alpha " + word, ClientKind.ORGANIZATION, null, null, true)));
        ClientProfile b = staff(() -> clients.create(new NewClient("Bravo " + word, ClientKind.ORGANIZATION, null, null, true)));
        staff(() -> clients.create(new NewClient("Charlie " + word, ClientKind.INDIVIDUAL, null, null, true)));
        staff(() -> clients.changeStatus(a.id(), ClientStatus.ACTIVE));
        staff(() -> clientContacts.assignRepresentative(b.id(), firms.staffA));

        org.springframework.data.domain.Slice<ClientSummary> page = staff(() -> clientSearch.list(
                new ClientFilter(null, null, false, word.toUpperCase()),
                org.springframework.data.domain.PageRequest.of(0, 2, org.springframework.data.domain.Sort.by("name").descending())));

        assertThat(staff(() -> clientSearch.count(new ClientFilter(null, null, false, word)))).isEqualTo(3);
        assertThat(page.getContent()).extracting(ClientSummary::name).containsExactly("Charlie " + word, "Bravo " + word);
        assertThat(page.hasNext()).as("a third match follows").isTrue();
        assertThat(staff(() -> clientSearch.list(new ClientFilter(null, null, false, word),
                org.springframework.data.domain.PageRequest.of(1, 2, org.springframework.data.domain.Sort.by("name").descending())))
                .hasNext()).as("nothing after the last page").isFalse();
        assertThat(staff(() -> clientSearch.list(new ClientFilter(ClientStatus.ACTIVE, null, false, word), Pageable.ofSize(10)))
                .getContent()).extracting(ClientSummary::id).containsExactly(a.id());
        assertThat(staff(() -> clientSearch.list(new ClientFilter(null, firms.staffA, false, word), Pageable.ofSize(10)))
                .getContent()).extracting(ClientSummary::id).containsExactly(b.id());
        assertThat(staff(() -> clientSearch.list(new ClientFilter(null, null, true, word), Pageable.ofSize(10)))
                .getContent()).extracting(ClientSummary::id).doesNotContain(b.id()).hasSize(2);
    }

    @Test
    void clientUsersCannotReadClientRecordsBeyondTheirOwnSummary() {
        Scope clientUser = Scope.member(firms.firmA, "client-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);

        assertThatThrownBy(() -> firms.as(clientUser, () -> clientContacts.contacts(firms.clientA1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientUser, () -> clients.profile(firms.clientA1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(firms.as(clientUser, () -> clients.find(firms.clientA1))).isPresent();
    }

    @Test
    void textFiltersMatchTheBeginningsOfWordsIgnoringCaseAccentsAndWordOrder() {
        String word = "wrd" + UUID.randomUUID().toString().substring(0, 6);
        ClientProfile cafe = staff(() -> clients.create(new NewClient("Café Ölberg " + word + " Ltd",
                ClientKind.ORGANIZATION, null, null, true)));
        staff(() -> clients.create(new NewClient("Other " + word, ClientKind.ORGANIZATION, null, null, true)));

        assertThat(names(word + " CAFE")).containsExactly(cafe.name());
        assertThat(names("olb " + word.substring(0, 5))).containsExactly(cafe.name());
        assertThat(names(word + " afe")).as("inside a word is not the beginning of one").isEmpty();
        assertThat(names(word + " -- ")).hasSize(2);
    }

    @Test
    void renamingAClientRenamesWhatSearchFindsAndDeletingItForgetsIt() {
        String before = "old" + UUID.randomUUID().toString().substring(0, 6);
        String after = "new" + UUID.randomUUID().toString().substring(0, 6);
        ClientProfile c = staff(() -> clients.create(new NewClient("Firm " + before, ClientKind.ORGANIZATION, null, null, true)));

        staff(() -> clients.updateProfile(c.id(), c.version(), changes(c, "Firm " + after, c.tags())));

        assertThat(names(before)).isEmpty();
        assertThat(names(after)).containsExactly("Firm " + after);
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from search_term where entity_id = ?", Integer.class, c.id()))).as("old words gone").isEqualTo(2);
        ClientProfile survivor = staff(() -> clients.create(new NewClient("Survivor " + after, ClientKind.ORGANIZATION, null, null, true)));
        admin(() -> clientMerges.merge(survivor.id(), c.id()));
        assertThat(names(after)).containsExactly("Survivor " + after);
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select count(*) from search_term where entity_id = ?", Integer.class, c.id()))).as("merged away").isZero();
    }

    @Test
    void theTagFilterMatchesWholeTagsIgnoringCase() {
        String tag = "Tag" + UUID.randomUUID().toString().substring(0, 6);
        ClientProfile tagged = staff(() -> clients.create(new NewClient("Tagged " + tag, ClientKind.ORGANIZATION, null, null, true)));
        ClientProfile longer = staff(() -> clients.create(new NewClient("Longer " + tag, ClientKind.ORGANIZATION, null, null, true)));
        staff(() -> clients.updateProfile(tagged.id(), tagged.version(), changes(tagged, tagged.name(), List.of(tag, "vip"))));
        staff(() -> clients.updateProfile(longer.id(), longer.version(), changes(longer, longer.name(), List.of(tag + "-gold"))));

        assertThat(staff(() -> clientSearch.list(new ClientFilter(null, null, false, null, tag.toUpperCase()), Pageable.ofSize(10)))
                .getContent()).extracting(ClientSummary::id).containsExactly(tagged.id());
        assertThat(staff(() -> clientSearch.list(new ClientFilter(null, null, false, null, tag + "-gold"), Pageable.ofSize(10)))
                .getContent()).extracting(ClientSummary::id).containsExactly(longer.id());
    }

    private static ClientChanges changes(ClientProfile p, String name, List<String> tags) {
        return new ClientChanges(name, p.kind(), p.relationshipStart(), p.exclusive(), p.serviceLines(), tags, p.preferences());
    }

    private List<String> names(String text) {
        return staff(() -> clientSearch.list(new ClientFilter(null, null, false, text), Pageable.ofSize(10)).getContent())
                .stream().map(ClientSummary::name).toList();
    }
}
