package io.klien.testimonials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.Contracts;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.Notifications;
import io.klien.projects.NewSupportRequest;
import io.klien.projects.ProjectPlans;
import io.klien.projects.Projects;
import io.klien.projects.SatisfactionCheckins;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportRequests;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relationship health: NPS surveys on the firm's schedule, answered once in the portal or through a link, detractors
 * followed up by the representative, loyalty gestures, and each client's health with the reasons it is at risk.
 */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipHealthTests {

    @Autowired NpsSurveys surveys;
    @Autowired RelationshipHealth health;
    @Autowired LoyaltyGestures gestures;
    @Autowired TestimonialRequests requests;
    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts contacts;
    @Autowired Notifications notifications;
    @Autowired Projects projects;
    @Autowired ProjectPlans plans;
    @Autowired SatisfactionCheckins checkins;
    @Autowired SupportRequests support;
    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired FirmTime time;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;
    @Autowired ApplicationEvents events;

    TwoFirms firms;

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        // the representative reads the notification in the app; these tests have no mail server
        firms.as(firms.staffOfA(), () -> notifications.setEmail(NotificationKind.NPS_DETRACTOR, false));
    }

    @Test
    void scoresFallIntoPromotersPassivesAndDetractors() {
        assertThat(NpsCategory.of(10)).isEqualTo(NpsCategory.PROMOTER);
        assertThat(NpsCategory.of(9)).isEqualTo(NpsCategory.PROMOTER);
        assertThat(NpsCategory.of(8)).isEqualTo(NpsCategory.PASSIVE);
        assertThat(NpsCategory.of(7)).isEqualTo(NpsCategory.PASSIVE);
        assertThat(NpsCategory.of(6)).isEqualTo(NpsCategory.DETRACTOR);
        assertThat(NpsCategory.of(0)).isEqualTo(NpsCategory.DETRACTOR);
        assertThatThrownBy(() -> NpsCategory.of(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NpsCategory.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNetPromoterScoreIsThePercentOfPromotersLessThePercentOfDetractors() {
        NetPromoterScore nps = NetPromoterScore.of(List.of(10, 9, 9, 8, 7, 3, 0));

        assertThat(nps.promoters()).isEqualTo(3);
        assertThat(nps.passives()).isEqualTo(2);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThat(nps.score()).as("(3 - 2) / 7 = 14.3%").isEqualTo(14);
        assertThat(NetPromoterScore.of(List.of(0, 1)).score()).isEqualTo(-100);
        assertThat(NetPromoterScore.of(List.of(9, 10)).score()).isEqualTo(100);
        assertThat(NetPromoterScore.of(List.of()).score()).as("no answers, no score").isNull();
    }

    @Test
    void onlyATenantAdminSetsTheScheduleAndABadIntervalIsRefusedWithNothingSaved() {
        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> surveys.changeSettings(new NpsSettings(true, 90, 14)))).isInstanceOf(AccessDeniedException.class);
        NpsSettings before = firms.as(firms.adminOfA(), () -> surveys.settings());

        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> surveys.changeSettings(new NpsSettings(true, 3, 14))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.nps.schedule.interval[");
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> surveys.changeSettings(new NpsSettings(true, 90, 0))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.nps.schedule.link-days[");
        assertThat(firms.as(firms.adminOfA(), () -> surveys.settings())).isEqualTo(before);
    }

    @Test
    void theRunSurveysEachDueContactOnceAndAgainOnlyAfterTheInterval() {
        UUID client = activeClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test");
        contact(client, "No Email", null);
        UUID onboarding = newClient();
        firms.asSystem(firms.firmA, () -> clients.changeStatus(onboarding, ClientStatus.ONBOARDING));
        contact(onboarding, "Not Yet", "not-yet-" + UUID.randomUUID() + "@c.test");
        scheduleOn(90);
        try {
            firms.asSystem(firms.firmA, () -> surveys.sendDue());

            assertThat(surveysOf(client)).singleElement().satisfies(s -> {
                assertThat(s.contactId()).isEqualTo(sari);
                assertThat(s.portal()).as("no portal account: a link").isFalse();
                assertThat(s.answered()).isFalse();
            });
            assertThat(surveysOf(onboarding)).as("a client still onboarding is not surveyed").isEmpty();

            firms.asSystem(firms.firmA, () -> surveys.sendDue());
            assertThat(surveysOf(client)).as("not again within the interval").hasSize(1);

            firms.asSystem(firms.firmA, () -> jdbc.update(
                    "update nps_survey set sent_at = sent_at - interval '91 days' where client_id = ?", client));
            firms.asSystem(firms.firmA, () -> surveys.sendDue());
            assertThat(surveysOf(client)).as("again once the interval passed").hasSize(2);
        } finally {
            scheduleOff();
        }
    }

    @Test
    void aFirmWithTheScheduleOffSurveysNobody() {
        UUID client = activeClient();
        contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test");
        scheduleOff();

        assertThat(firms.asSystem(firms.firmA, () -> surveys.sendDue())).isZero();
        assertThat(surveysOf(client)).isEmpty();
    }

    @Test
    void aSingleUseLinkAnswersOnceAndAForgedOrReusedOneSavesNothing() {
        UUID client = activeClient();
        contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test");
        String token = surveyLinkFor(client);
        Scope visitor = Scope.visitor(firms.firmA);

        assertThat(firms.as(visitor, () -> surveys.surveyOfLink(token)).contactName()).isEqualTo("Sari Dewi");
        assertThatThrownBy(() -> firms.as(visitor, () -> surveys.answerByLink(token, 11, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.nps.score[");
        assertThat(surveysOf(client).getFirst().answered()).as("a bad score saves nothing").isFalse();

        NpsSurveyView answered = firms.as(visitor, () -> surveys.answerByLink(token, 9, "  Quick and kind. "));

        assertThat(answered.score()).isEqualTo(9);
        assertThat(answered.comment()).isEqualTo("Quick and kind.");
        assertThatThrownBy(() -> firms.as(visitor, () -> surveys.answerByLink(token, 0, "Again")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.nps.answered[");
        assertThatThrownBy(() -> firms.as(visitor, () -> surveys.surveyOfLink(token)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.nps.answered[");
        assertThatThrownBy(() -> firms.as(visitor, () -> surveys.answerByLink(token + "x", 0, "Forged")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.nps.link-unknown[");
        assertThatThrownBy(() -> firms.as(Scope.visitor(firms.firmB), () -> surveys.answerByLink(token, 0, "Other")))
                .as("another firm's visitor cannot find it").isInstanceOf(DomainException.class)
                .hasMessageStartingWith("health.nps.link-unknown[");
        assertThat(surveysOf(client)).singleElement().satisfies(s -> {
            assertThat(s.score()).as("the first answer stands").isEqualTo(9);
            assertThat(s.comment()).isEqualTo("Quick and kind.");
        });
        assertThat(firms.as(firms.staffOfA(), () -> health.followUps(client))).isEmpty();
    }

    @Test
    void aPortalUserAnswersTheirOwnSurveyInThePortalOnce() {
        UUID client = activeClient();
        String subject = "rina-" + UUID.randomUUID();
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(subject, subject + "@c.test", "Rina",
                FirmRole.CLIENT, client, MembershipStatus.ACTIVE)));
        contact(client, "Rina Wati", subject + "@C.test");
        Scope rina = Scope.member(firms.firmA, subject, "CLIENT", client, false);
        Scope otherUser = Scope.member(firms.firmA, "other-" + UUID.randomUUID(), "CLIENT", firms.clientA2, false);
        scheduleOn(90);
        try {
            firms.asSystem(firms.firmA, () -> surveys.sendDue());
        } finally {
            scheduleOff();
        }
        List<NpsSurveyView> open = firms.as(rina, () -> surveys.openForMe());
        assertThat(open).singleElement().satisfies(s -> assertThat(s.portal()).isTrue());
        UUID survey = open.getFirst().id();

        assertThatThrownBy(() -> firms.as(otherUser, () -> surveys.answer(survey, 0, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.nps.not-found[");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> surveys.answer(survey, 10, null)))
                .isInstanceOf(AccessDeniedException.class);
        firms.as(rina, () -> surveys.answer(survey, 10, null));

        assertThat(firms.as(rina, () -> surveys.openForMe())).isEmpty();
        assertThatThrownBy(() -> firms.as(rina, () -> surveys.answer(survey, 2, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.nps.answered[");
        assertThat(surveysOf(client)).singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(10));
    }

    @Test
    void aDetractorOpensAFollowUpForTheRepresentativeAndNotifiesThem() {
        UUID client = activeClient();
        firms.as(firms.staffOfA(), () -> contacts.assignRepresentative(client, firms.staffA));
        contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test");
        String token = surveyLinkFor(client);

        firms.as(Scope.visitor(firms.firmA), () -> surveys.answerByLink(token, 4, "Slow replies"));

        List<FollowUpView> followUps = firms.as(firms.staffOfA(), () -> health.followUps(client));
        assertThat(followUps).singleElement().satisfies(f -> {
            assertThat(f.assignee()).isEqualTo(firms.staffA);
            assertThat(f.score()).isEqualTo(4);
            assertThat(f.comment()).isEqualTo("Slow replies");
            assertThat(f.state()).isEqualTo(FollowUpState.OPEN);
        });
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForList(
                "select link from notification where recipient = ? and kind = 'NPS_DETRACTOR'", String.class,
                firms.staffA))).contains("clients/" + client);

        FollowUpView done = firms.as(firms.staffOfA(), () -> health.markDone(followUps.getFirst().id(), "Called her"));

        assertThat(done.state()).isEqualTo(FollowUpState.DONE);
        assertThat(done.doneBy()).isEqualTo(firms.staffA);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> health.markDone(done.id(), null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("health.follow-up.done-already[");
        assertThat(firms.as(firms.staffOfA(), () -> health.of(client)).lastContactKind())
                .as("a follow-up done is a contact").isEqualTo(LastContactKind.FOLLOW_UP);
    }

    @Test
    void aPromoterOrPassiveOpensNoFollowUp() {
        UUID client = activeClient();
        firms.as(firms.staffOfA(), () -> contacts.assignRepresentative(client, firms.staffA));
        contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test");
        String token = surveyLinkFor(client);

        firms.as(Scope.visitor(firms.firmA), () -> surveys.answerByLink(token, 7, null));

        assertThat(firms.as(firms.staffOfA(), () -> health.followUps(client))).isEmpty();
    }

    @Test
    void aLoyaltyGestureNeedsAKindAPastDayAndAValidValue() {
        UUID client = activeClient();
        LocalDate today = firms.asSystem(firms.firmA, () -> time.today());

        refused(new NewLoyaltyGesture(client, null, today, null, null, null), "health.gesture.kind-required");
        refused(new NewLoyaltyGesture(client, LoyaltyGestureKind.GIFT, null, null, null, null),
                "health.gesture.date-required");
        refused(new NewLoyaltyGesture(client, LoyaltyGestureKind.GIFT, today.plusDays(1), null, null, null),
                "health.gesture.date-future");
        refused(new NewLoyaltyGesture(client, LoyaltyGestureKind.VOUCHER, today, new BigDecimal("-5"), "IDR", null),
                "health.gesture.value-positive");
        refused(new NewLoyaltyGesture(client, LoyaltyGestureKind.VOUCHER, today, new BigDecimal("5"), "XYZ", null),
                "health.gesture.value-invalid");
        refused(new NewLoyaltyGesture(client, LoyaltyGestureKind.VOUCHER, today, new BigDecimal("10.5"), "IDR", null),
                "health.gesture.value-invalid");
        refused(new NewLoyaltyGesture(client, LoyaltyGestureKind.GIFT, today, null, null, "x".repeat(1001)),
                "health.gesture.note-long");
        assertThat(firms.as(firms.staffOfA(), () -> gestures.ofClient(client))).as("nothing half-saved").isEmpty();

        LoyaltyGestureView voucher = firms.as(firms.staffOfA(), () -> gestures.record(new NewLoyaltyGesture(client,
                LoyaltyGestureKind.VOUCHER, today, new BigDecimal("500000"), "idr", " Year-end voucher ")));

        assertThat(voucher.currency()).isEqualTo("IDR");
        assertThat(voucher.amount()).isEqualByComparingTo("500000");
        assertThat(voucher.note()).isEqualTo("Year-end voucher");
        assertThat(voucher.recordedBy()).isEqualTo(firms.staffA);
        LoyaltyGestureView consultation = firms.as(firms.staffOfA(), () -> gestures.record(new NewLoyaltyGesture(
                client, LoyaltyGestureKind.FREE_CONSULTATION, today.minusDays(3), null, null, null)));
        assertThat(consultation.amount()).as("the value is optional").isNull();
        assertThat(firms.as(firms.staffOfA(), () -> gestures.ofClient(client))).extracting(LoyaltyGestureView::id)
                .containsExactly(voucher.id(), consultation.id());

        firms.as(firms.staffOfA(), () -> {
            gestures.remove(voucher.id());
            return null;
        });
        assertThat(firms.as(firms.staffOfA(), () -> gestures.ofClient(client))).extracting(LoyaltyGestureView::id)
                .containsExactly(consultation.id());
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> {
            gestures.remove(consultation.id());
            return null;
        })).isInstanceOf(DomainException.class).hasMessageStartingWith("health.gesture.not-found[");
    }

    @Test
    void healthShowsTheFiguresAndEveryReasonAClientIsAtRisk() {
        UUID client = activeClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test");
        answered(client, sari, 9, 20);
        answered(client, sari, 5, 2);
        ratedProject(client, 4);
        firms.as(firms.staffOfA(), () -> support.raise(new NewSupportRequest(client, null, "Billing",
                SupportPriority.HIGH, "The invoice is wrong"), List.of()));
        firms.asSystem(firms.firmA, () -> jdbc.update(
                "update support_request set first_response_breached_at = now() where client_id = ?", client));
        LocalDate today = firms.asSystem(firms.firmA, () -> time.today());
        contractEndingOn(client, sari, today.plusDays(40));

        ClientHealth figures = firms.as(firms.staffOfA(), () -> health.of(client));

        assertThat(figures.npsTrend()).extracting(NpsPoint::score).containsExactly(9, 5);
        assertThat(figures.latestNps()).isEqualTo(5);
        assertThat(figures.ratings()).isEqualTo(1);
        assertThat(figures.latestRating()).isEqualTo(4);
        assertThat(figures.ratingAverage()).isEqualByComparingTo("4.0");
        assertThat(figures.openSupportRequests()).isEqualTo(1);
        assertThat(figures.slaBreaches()).isEqualTo(1);
        assertThat(figures.renewalOn()).isEqualTo(today.plusDays(40));
        assertThat(figures.clientSince()).isNotNull();
        assertThat(figures.risks()).extracting(RiskReason::kind).containsExactly(RiskKind.NPS_DETRACTOR,
                RiskKind.NPS_FALLING, RiskKind.SLA_BREACHES, RiskKind.RENEWAL_WITHOUT_CONTACT);
        assertThat(figures.risks().get(1).previousScore()).isEqualTo(9);

        firms.as(firms.staffOfA(), () -> gestures.record(new NewLoyaltyGesture(client, LoyaltyGestureKind.GIFT,
                today, null, null, null)));

        ClientHealth afterGift = firms.as(firms.staffOfA(), () -> health.of(client));
        assertThat(afterGift.lastContactKind()).isEqualTo(LastContactKind.LOYALTY_GESTURE);
        assertThat(afterGift.risks()).extracting(RiskReason::kind).as("a recent contact answers the renewal risk")
                .doesNotContain(RiskKind.RENEWAL_WITHOUT_CONTACT).contains(RiskKind.SLA_BREACHES);
    }

    @Test
    void aClientWithRisingPromoterScoresAndNothingLateIsHealthy() {
        UUID client = activeClient();
        UUID sari = contact(client, "Sari Dewi", "sari-" + UUID.randomUUID() + "@c.test");
        answered(client, sari, 8, 20);
        answered(client, sari, 10, 1);

        ClientHealth figures = firms.as(firms.staffOfA(), () -> health.of(client));

        assertThat(figures.atRisk()).isFalse();
        assertThat(figures.renewalOn()).isNull();
        assertThat(figures.lastContactAt()).isNull();
        assertThat(firms.as(firms.staffOfA(), () -> health.atRisk(PageRequest.of(0, 1000))).getContent())
                .extracting(ClientAtRisk::clientId).doesNotContain(client);
    }

    @Test
    void clientsAtRiskTakeTheSameStatementsForOneClientAsForFiveWithTheirReasons() {
        TwoFirms own = new TwoFirms(tenants, memberships, clients, tx);
        Scope staff = Scope.member(own.firmA, own.staffA, "STAFF", null, false);
        UUID first = breachedClient(own, "A first");
        long one = statements(() -> own.as(staff, () -> health.atRisk(PageRequest.of(0, 1))));
        for (int i = 0; i < 4; i++) {
            breachedClient(own, "B more " + i);
        }

        long five = statements(() -> own.as(staff, () -> health.atRisk(PageRequest.of(0, 1))));

        assertThat(five).isEqualTo(one).isPositive();
        var page = own.as(staff, () -> health.atRisk(PageRequest.of(0, 1)));
        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(page.getContent()).singleElement().satisfies(c -> {
            assertThat(c.clientId()).isEqualTo(first);
            assertThat(c.reasons()).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(RiskKind.SLA_BREACHES);
                assertThat(r.breaches()).isEqualTo(1);
            });
        });
        assertThat(statements(() -> own.as(staff, () -> health.atRisk(PageRequest.of(0, 50)))))
                .as("a bigger page, the same statements or fewer").isLessThanOrEqualTo(five);
        assertThat(own.as(staff, () -> health.atRisk(PageRequest.of(0, 50))).getContent()).hasSize(5);
        assertThat(firms.as(firms.staffOfA(), () -> health.atRisk(PageRequest.of(0, 1000))).getContent())
                .as("firm A never sees firm B's clients").extracting(ClientAtRisk::clientId).doesNotContain(first);
    }

    @Test
    void theOverviewCountsTheFirmsNpsAndItsPublishedAndWaitingTestimonials() {
        TwoFirms own = new TwoFirms(tenants, memberships, clients, tx);
        Scope staff = Scope.member(own.firmA, own.staffA, "STAFF", null, false);
        UUID client = own.clientA1;
        UUID sari = own.as(staff, () -> contacts.addContact(client, new ContactDetails("Sari",
                "sari-" + UUID.randomUUID() + "@c.test", null, null), true).id());
        own.asSystem(own.firmA, () -> jdbc.update("""
                insert into nps_survey (tenant_id, id, client_id, contact_id, token_hash, sent_at, expires_at,
                  answered_at, score)
                select ?, gen_random_uuid(), ?, ?, md5(random()::text) || md5(random()::text), now(), now(), now(), s
                from unnest(array[10, 9, 8, 2]) s""", own.firmA, client, sari));
        String token = own.as(staff, () -> requests.ask(client, sari)).linkToken();
        TestimonialView given = own.as(Scope.visitor(own.firmA), () -> testimonials.giveByLink(
                java.util.Objects.requireNonNull(token), new NewTestimonial(5, "Good work", "Sari", null, null,
                        Set.of(ConsentScope.WEBSITE), Attribution.NAME, 1, "en"), GivenFrom.UNKNOWN));

        HealthOverview waiting = own.as(staff, () -> health.overview(90));

        assertThat(waiting.nps().score()).as("(2 - 1) / 4").isEqualTo(25);
        assertThat(waiting.testimonialsAwaitingModeration()).isEqualTo(1);
        assertThat(waiting.publishedTestimonials()).isZero();
        own.as(staff, () -> moderation.approve(given.id(), given.version()));
        HealthOverview published = own.as(staff, () -> health.overview(90));
        assertThat(published.testimonialsAwaitingModeration()).isZero();
        assertThat(published.publishedTestimonials()).isEqualTo(1);
    }

    private UUID breachedClient(TwoFirms own, String name) {
        UUID client = own.asSystem(own.firmA, () -> clients.create(name + " " + UUID.randomUUID(),
                ClientKind.ORGANIZATION).id());
        own.asSystem(own.firmA, () -> clients.changeStatus(client, ClientStatus.ACTIVE));
        own.as(Scope.member(own.firmA, own.staffA, "STAFF", null, false), () -> support.raise(new NewSupportRequest(
                client, null, "Billing", SupportPriority.HIGH, "The invoice is wrong"), List.of()));
        own.asSystem(own.firmA, () -> jdbc.update(
                "update support_request set resolution_breached_at = now() where client_id = ?", client));
        return client;
    }

    private long statements(Runnable work) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            work.run();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }

    private void refused(NewLoyaltyGesture gesture, String key) {
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> gestures.record(gesture)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith(key + "[");
    }

    /** An answered survey of the contact, {@code daysAgo} days ago. */
    private void answered(UUID client, UUID contact, int score, int daysAgo) {
        firms.asSystem(firms.firmA, () -> jdbc.update("""
                insert into nps_survey (tenant_id, id, client_id, contact_id, token_hash, sent_at, expires_at,
                  answered_at, score)
                values (?, gen_random_uuid(), ?, ?, ?, now() - make_interval(days => ?),
                  now() - make_interval(days => ?) + interval '14 days', now() - make_interval(days => ?), ?)""",
                firms.firmA, client, contact, UUID.randomUUID().toString().replace("-", ""), daysAgo, daysAgo,
                daysAgo, score));
    }

    private void contractEndingOn(UUID client, UUID contact, LocalDate end) {
        ContractTemplateView template = firms.as(firms.staffOfA(), () -> templates.list()).getFirst();
        var draft = firms.as(firms.staffOfA(), () -> contracts.draft(client, template.templateId(),
                new ContractDraft("Retainer", null, template.definition().terms(),
                        List.of(SignatoryChoice.clientContact(contact)), SigningOrder.PARALLEL, end)));
        firms.asSystem(firms.firmA, () -> jdbc.update("update contract set status = 'ACTIVE', signed_at = now(),"
                + " sent_at = now(), period_end = ? where id = ?", end, draft.id()));
    }

    private void ratedProject(UUID client, int score) {
        data().ratedProject(client, score);
    }

    /** Surveys the client's contacts now and returns the single-use token of the survey just sent. */
    private String surveyLinkFor(UUID client) {
        scheduleOn(90);
        try {
            firms.asSystem(firms.firmA, () -> surveys.sendDue());
        } finally {
            scheduleOff();
        }
        String path = events.stream(NpsSurveySent.class).filter(e -> e.clientId().equals(client))
                .map(NpsSurveySent::linkPath).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private List<NpsSurveyView> surveysOf(UUID client) {
        return firms.as(firms.staffOfA(), () -> surveys.ofClient(client));
    }

    private void scheduleOn(int days) {
        firms.as(firms.adminOfA(), () -> surveys.changeSettings(new NpsSettings(true, days, 14)));
    }

    private void scheduleOff() {
        firms.as(firms.adminOfA(), () -> surveys.changeSettings(NpsSettings.DEFAULTS));
    }

    private UUID newClient() {
        return data().newClient();
    }

    private UUID activeClient() {
        UUID client = newClient();
        firms.asSystem(firms.firmA, () -> clients.changeStatus(client, ClientStatus.ACTIVE));
        return client;
    }

    private UUID contact(UUID client, String name, String email) {
        return data().contact(client, name, email, true);
    }

    private FirmAClients data() {
        return new FirmAClients(firms, clients, contacts, projects, plans, checkins);
    }
}
