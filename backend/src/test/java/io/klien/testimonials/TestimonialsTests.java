package io.klien.testimonials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.Clients;
import io.klien.projects.DeliverableApproved;
import io.klien.projects.NewSupportRequest;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.SatisfactionCheckins;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportRequests;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Testimonials, asked within the firm's rules, given with consent in the portal or once through a link, moderated,
 * and read for publishing only where and as the client consented.
 */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestimonialsTests {

    @Autowired TestimonialRequests requests;
    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts contacts;
    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired SatisfactionCheckins checkins;
    @Autowired SupportRequests support;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired ApplicationEvents events;

    TwoFirms firms;
    Scope budi;
    Scope otherClient;
    UUID budiContact;

    @BeforeAll
    void aFirmWithClientUsers() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        String budiSubject = "budi-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(budiSubject, budiSubject + "@a1.test",
                "Budi Santoso", FirmRole.CLIENT, firms.clientA1, MembershipStatus.ACTIVE)));
        budi = Scope.member(firms.firmA, budiSubject, "CLIENT", firms.clientA1, false);
        budiContact = contact(firms.clientA1, "Budi Santoso", budiSubject + "@a1.test", true);
        String otherSubject = "other-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(otherSubject, otherSubject + "@a2.test",
                "Other Client", FirmRole.CLIENT, firms.clientA2, MembershipStatus.ACTIVE)));
        otherClient = Scope.member(firms.firmA, otherSubject, "CLIENT", firms.clientA2, false);
    }

    @Test
    void aContactIsNotAskedAgainWithinTheCooldown() {
        UUID client = newClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);

        IssuedAsk first = firms.as(firms.staffOfA(), () -> requests.ask(client, sari));

        assertThat(first.linkToken()).as("a contact without a portal account gets a link").isNotBlank();
        assertThat(first.request().portal()).isFalse();
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> requests.ask(client, sari)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.ask.cooldown[");
        assertThat(firms.as(firms.staffOfA(), () -> requests.ofClient(client))).hasSize(1);
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select token_hash from testimonial_request where id = ?", String.class, first.request().id())))
                .as("only the hash of the token is kept").hasSize(64).isNotEqualTo(first.linkToken());
        assertThat(events.stream(TestimonialRequested.class)
                .filter(e -> e.requestId().equals(first.request().id())))
                .singleElement().satisfies(e -> assertThat(e.toString()).as("the event registry never keeps the token")
                        .doesNotContain(java.util.Objects.requireNonNull(first.linkToken())));
    }

    @Test
    void aTenantAdminSetsTheCooldownAndStaffMayNot() {
        UUID client = newClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        firms.as(firms.staffOfA(), () -> requests.ask(client, sari));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> requests.changeRules(new AskRules(0, true, 4, 14))))
                .isInstanceOf(AccessDeniedException.class);
        try {
            firms.as(firms.adminOfA(), () -> requests.changeRules(new AskRules(0, true, 4, 14)));

            assertThat(firms.as(firms.staffOfA(), () -> requests.ask(client, sari)).request().id()).isNotNull();
        } finally {
            firms.as(firms.adminOfA(), () -> requests.changeRules(AskRules.DEFAULTS));
        }
    }

    @Test
    void aClientWithAnOpenSupportRequestIsNotAsked() {
        UUID client = newClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        firms.as(firms.staffOfA(), () -> support.raise(new NewSupportRequest(client, null, "Billing",
                SupportPriority.HIGH, "The invoice is wrong"), List.of()));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> requests.ask(client, sari)))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("testimonials.ask.open-support-request[");
        assertThat(firms.as(firms.staffOfA(), () -> requests.ofClient(client))).isEmpty();
    }

    @Test
    void aClientWhoseLastRatingWasLowIsNotAsked() {
        UUID client = newClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        ratedProject(client, 2);

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> requests.ask(client, sari)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.ask.low-rating[");
    }

    @Test
    void anApprovedDeliverableOfAWellRatedClientAsksItsPrimaryContactOnce() throws InterruptedException {
        UUID client = newClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        ProjectView project = ratedProject(client, 5);
        DeliverableApproved approved = new DeliverableApproved(firms.firmA, project.id(), client, UUID.randomUUID(),
                UUID.randomUUID(), 1, "0".repeat(64), "someone-" + UUID.randomUUID(), null);

        firms.asSystem(firms.firmA, () -> {
            publisher.publishEvent(approved);
            return null;
        });
        List<TestimonialRequestView> asked = awaitAsks(client, 1);
        firms.asSystem(firms.firmA, () -> {
            publisher.publishEvent(approved);
            return null;
        });
        Thread.sleep(1500);

        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(AskTrigger.DELIVERABLE_APPROVED);
            assertThat(r.contactId()).isEqualTo(sari);
        });
        assertThat(firms.as(firms.staffOfA(), () -> requests.ofClient(client))).as("once per approved version")
                .hasSize(1);
    }

    @Test
    void aSingleUseLinkGivesOnceAndAForgedOneNever() {
        UUID client = newClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        String token = firms.as(firms.staffOfA(), () -> requests.ask(client, sari)).linkToken();
        Scope visitor = Scope.visitor(firms.firmA);

        assertThat(firms.as(visitor, () -> testimonials.askOfLink(token)).contactName()).isEqualTo("Sari Dewi");
        TestimonialView given = firms.as(visitor, () -> testimonials.giveByLink(token,
                given("Thorough and kind.", "Sari Dewi", Attribution.NAME, ConsentScope.WEBSITE),
                new GivenFrom("192.0.2.7", "Firefox")));

        assertThat(given.clientId()).isEqualTo(client);
        assertThat(given.consentIp()).isEqualTo("192.0.2.7");
        assertThat(given.consentUserAgent()).isEqualTo("Firefox");
        assertThat(given.consentVersion()).isEqualTo(1);
        assertThatThrownBy(() -> firms.as(visitor, () -> testimonials.giveByLink(token,
                given("Again.", "Sari Dewi", Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.link.used[");
        assertThatThrownBy(() -> firms.as(visitor, () -> testimonials.giveByLink(token + "x",
                given("Forged.", "Sari Dewi", Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.link.unknown[");
        assertThat(firms.as(firms.staffOfA(), () -> testimonials.ofClient(client))).hasSize(1);
    }

    @Test
    void aLinkOfOneFirmGivesNothingInAnother() {
        UUID client = newClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test", true);
        String token = firms.as(firms.staffOfA(), () -> requests.ask(client, sari)).linkToken();

        assertThatThrownBy(() -> firms.as(Scope.visitor(firms.firmB), () -> testimonials.giveByLink(token,
                given("Wrong firm.", "Sari Dewi", Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.link.unknown[");
    }

    @Test
    void anOutdatedConsentTextSavesNothing() {
        int before = firms.as(budi, () -> testimonials.ofClient(firms.clientA1)).size();
        NewTestimonial outdated = new NewTestimonial(5, "Great.", "Budi Santoso", null, null,
                Set.of(ConsentScope.WEBSITE), Attribution.NAME, 99, "en");

        assertThatThrownBy(() -> firms.as(budi, () -> testimonials.give(outdated, GivenFrom.UNKNOWN)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.consent.outdated[");
        assertThat(firms.as(budi, () -> testimonials.ofClient(firms.clientA1))).hasSize(before);
    }

    @Test
    void theConsentTextIsVersionedInEnglishAndBahasaIndonesia() {
        ConsentText english = firms.as(budi, () -> testimonials.consentText("en"));
        ConsentText indonesian = firms.as(budi, () -> testimonials.consentText("id"));

        assertThat(english.version()).isEqualTo(1);
        assertThat(indonesian.language()).isEqualTo("id");
        assertThat(indonesian.body()).contains("Saya setuju");
        assertThat(firms.as(budi, () -> testimonials.consentText("fr")).language()).isEqualTo("en");
    }

    @Test
    void anInitialsOnlyWebsiteOnlyTestimonialNeverShowsTheNameNorAppearsForProposals() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(new NewTestimonial(5, "Initials please.",
                "Budi Santoso", "Director", "PT Maju Jaya", Set.of(ConsentScope.WEBSITE), Attribution.INITIALS,
                1, "en"), GivenFrom.UNKNOWN));
        firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), given.version()));

        List<PublishedTestimonial> website = firms.as(Scope.visitor(firms.firmA),
                () -> testimonials.publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH));
        List<PublishedTestimonial> proposals = firms.as(firms.staffOfA(),
                () -> testimonials.publishedFor(ConsentScope.PROPOSALS, Locale.ENGLISH));

        assertThat(website).filteredOn(p -> p.id().equals(given.id())).singleElement().satisfies(p -> {
            assertThat(p.shownName()).isEqualTo("B. S.");
            assertThat(p.title()).isNull();
            assertThat(p.company()).isNull();
            assertThat(p.verified().signedContract()).isFalse();
        });
        assertThat(website).filteredOn(p -> p.id().equals(given.id()))
                .noneMatch(p -> p.toString().contains("Budi") || p.toString().contains("Santoso"));
        assertThat(proposals).noneMatch(p -> p.id().equals(given.id()));
    }

    @Test
    void anAnonymousTestimonialIsShownAsAClientInTheReadersLanguage() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(given("Anonymous please.", "Budi Santoso",
                Attribution.ANONYMOUS, ConsentScope.SOCIAL_MEDIA), GivenFrom.UNKNOWN));
        firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), given.version()));

        assertThat(shown(ConsentScope.SOCIAL_MEDIA, Locale.ENGLISH, given.id())).isEqualTo("A client");
        assertThat(shown(ConsentScope.SOCIAL_MEDIA, Locale.forLanguageTag("id"), given.id()))
                .isEqualTo("Seorang klien");
    }

    @Test
    void withdrawalTakesATestimonialOffAtOnce() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(given("Until I say so.", "Budi Santoso",
                Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN));
        TestimonialView approved = firms.as(firms.staffOfA(),
                () -> moderation.approve(given.id(), given.version()));
        firms.as(firms.staffOfA(), () -> moderation.feature(given.id(), approved.version(), true));
        assertThat(publishedIds(ConsentScope.WEBSITE)).contains(given.id());

        TestimonialView withdrawn = firms.as(budi, () -> testimonials.withdraw(given.id()));

        assertThat(withdrawn.state()).isEqualTo(TestimonialState.WITHDRAWN);
        assertThat(withdrawn.published()).isFalse();
        assertThat(publishedIds(ConsentScope.WEBSITE)).doesNotContain(given.id());
        assertThat(events.stream(TestimonialWithdrawn.class).filter(e -> e.testimonialId().equals(given.id())))
                .singleElement().satisfies(e -> assertThat(e.tenantId()).isEqualTo(firms.firmA));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> moderation.publish(given.id(), withdrawn.version(), true)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.withdrawn[");
    }

    @Test
    void aStaffEditIsUsedOnlyOnceTheClientAcceptsIt() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(given("Grate work, realy.", "Budi Santoso",
                Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN));

        TestimonialView suggested = firms.as(firms.staffOfA(),
                () -> moderation.suggestEdit(given.id(), given.version(), "Great work, really."));

        assertThat(suggested.state()).isEqualTo(TestimonialState.SUGGESTED_EDIT);
        assertThat(suggested.text()).isEqualTo("Grate work, realy.");
        assertThat(suggested.suggestedText()).isEqualTo("Great work, really.");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), suggested.version())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.moderation.not-submitted[");
        assertThat(publishedIds(ConsentScope.WEBSITE)).doesNotContain(given.id());
        assertThat(firms.as(firms.staffOfA(), () -> moderation.queue(TestimonialState.SUGGESTED_EDIT,
                PageRequest.of(0, 50))).map(TestimonialView::id)).contains(given.id());

        TestimonialView accepted = firms.as(budi, () -> testimonials.acceptSuggestion(given.id()));

        assertThat(accepted.text()).isEqualTo("Great work, really.");
        assertThat(accepted.state()).isEqualTo(TestimonialState.APPROVED);
        assertThat(publishedIds(ConsentScope.WEBSITE)).contains(given.id());
    }

    @Test
    void aClientEditGoesBackToModerationAndOffThePages() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(given("First words.", "Budi Santoso",
                Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN));
        TestimonialView approved = firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), given.version()));

        TestimonialView edited = firms.as(budi, () -> testimonials.edit(given.id(), approved.version(),
                given("Second words.", "Budi Santoso", Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN));

        assertThat(edited.state()).isEqualTo(TestimonialState.SUBMITTED);
        assertThat(publishedIds(ConsentScope.WEBSITE)).doesNotContain(given.id());
    }

    @Test
    void staffRejectWithAReasonAndTagTestimonials() {
        TestimonialView given = firms.as(budi, () -> testimonials.give(given("Meh.", "Budi Santoso",
                Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> moderation.reject(given.id(), given.version(), " ")))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("testimonials.moderation.reason-required[");
        TestimonialView tagged = firms.as(firms.staffOfA(),
                () -> moderation.tag(given.id(), given.version(), "Tax advice", "Mining"));
        TestimonialView rejected = firms.as(firms.staffOfA(),
                () -> moderation.reject(given.id(), tagged.version(), "Too short"));

        assertThat(rejected.state()).isEqualTo(TestimonialState.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("Too short");
        assertThat(rejected.serviceLine()).isEqualTo("Tax advice");
        assertThat(rejected.industry()).isEqualTo("Mining");
        assertThatThrownBy(() -> firms.as(budi, () -> moderation.approve(given.id(), given.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClientUserCannotSeeOrChangeAnotherClientsTestimonial() {
        TestimonialView budis = firms.as(budi, () -> testimonials.give(given("Mine.", "Budi Santoso",
                Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN));

        assertThatThrownBy(() -> firms.as(otherClient, () -> testimonials.get(budis.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.not-found[");
        assertThatThrownBy(() -> firms.as(otherClient, () -> testimonials.ofClient(firms.clientA1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(otherClient, () -> testimonials.edit(budis.id(), budis.version(),
                given("Hijacked.", "Other", Attribution.NAME, ConsentScope.WEBSITE), GivenFrom.UNKNOWN)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.not-found[");
        assertThatThrownBy(() -> firms.as(otherClient, () -> testimonials.withdraw(budis.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("testimonials.not-found[");
        assertThat(firms.as(budi, () -> testimonials.get(budis.id())).text()).isEqualTo("Mine.");
        assertThat(firms.as(otherClient, () -> testimonials.ofClient(firms.clientA2)))
                .noneMatch(t -> t.id().equals(budis.id()));
    }

    @Test
    void scriptAndMarkupAreKeptAsPlainTextVerbatim() {
        String text = "<script>alert('x')</script><b>Great</b> & \"firm\" <a href=\"javascript:1\">me</a>";
        String name = "<img src=x onerror=alert(1)>";
        TestimonialView given = firms.as(budi, () -> testimonials.give(new NewTestimonial(4, text, name,
                "<i>CEO</i>", null, Set.of(ConsentScope.WEBSITE), Attribution.NAME, 1, "en"), GivenFrom.UNKNOWN));
        firms.as(firms.staffOfA(), () -> moderation.approve(given.id(), given.version()));

        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject(
                "select body from testimonial where id = ?", String.class, given.id()))).isEqualTo(text);
        assertThat(firms.as(budi, () -> testimonials.get(given.id())).text()).isEqualTo(text);
        assertThat(firms.as(Scope.visitor(firms.firmA),
                () -> testimonials.publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH)))
                .filteredOn(p -> p.id().equals(given.id())).singleElement().satisfies(p -> {
                    assertThat(p.text()).isEqualTo(text);
                    assertThat(p.shownName()).isEqualTo(name);
                    assertThat(p.title()).isEqualTo("<i>CEO</i>");
                });
    }

    @Test
    void aPortalUserIsPromptedInThePortalAndTheirTestimonialAnswersTheAsk() {
        UUID client = newClient();
        String subject = "rina-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, subject + "@c.test", "Rina",
                FirmRole.CLIENT, client, MembershipStatus.ACTIVE)));
        UUID rinaContact = contact(client, "Rina Wati", subject + "@C.test", true);
        Scope rina = Scope.member(firms.firmA, subject, "CLIENT", client, false);

        IssuedAsk ask = firms.as(firms.staffOfA(), () -> requests.ask(client, rinaContact));

        assertThat(ask.linkToken()).isNull();
        assertThat(ask.request().portal()).isTrue();
        assertThat(firms.as(rina, () -> requests.openForMe())).extracting(TestimonialRequestView::id)
                .containsExactly(ask.request().id());
        TestimonialView given = firms.as(rina, () -> testimonials.give(given("Asked and answered.", "Rina Wati",
                Attribution.NAME, ConsentScope.PROPOSALS), GivenFrom.UNKNOWN));
        assertThat(given.requestId()).isEqualTo(ask.request().id());
        assertThat(firms.as(rina, () -> requests.openForMe())).isEmpty();
    }

    private String shown(ConsentScope scope, Locale language, UUID id) {
        return firms.as(Scope.visitor(firms.firmA), () -> testimonials.publishedFor(scope, language)).stream()
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow().shownName();
    }

    private List<UUID> publishedIds(ConsentScope scope) {
        return firms.as(Scope.visitor(firms.firmA), () -> testimonials.publishedFor(scope, Locale.ENGLISH)).stream()
                .map(PublishedTestimonial::id).toList();
    }

    private static NewTestimonial given(String text, String name, Attribution attribution, ConsentScope scope) {
        return new NewTestimonial(5, text, name, null, null, Set.of(scope), attribution, 1, "en");
    }

    private UUID newClient() {
        return data().newClient();
    }

    private UUID contact(UUID client, String name, String email, boolean primary) {
        return data().contact(client, name, email, primary);
    }

    /** A project of the client with a completed milestone its user rated. */
    private ProjectView ratedProject(UUID client, int score) {
        return data().ratedProject(client, score);
    }

    private FirmAClients data() {
        return new FirmAClients(firms, clients, contacts, projects, plans, checkins);
    }

    private List<TestimonialRequestView> awaitAsks(UUID client, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<TestimonialRequestView> asked = firms.as(firms.staffOfA(), () -> requests.ofClient(client));
            if (asked.size() >= count) {
                return asked;
            }
            Thread.sleep(100);
        }
        return firms.as(firms.staffOfA(), () -> requests.ofClient(client));
    }
}
