package io.klien.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class LeadsPipelineTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired Leads leads;
    @Autowired PipelineStages pipelineStages;
    @Autowired LeadIncentives leadIncentives;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    static LeadDetails details(String name) {
        return new LeadDetails(name, ClientKind.ORGANIZATION, "Org of " + name, null, "+62 21 555 0100",
                LeadSource.REFERRAL, "Tax advice", new BigDecimal("15000000.00"), "idr", null, null, null);
    }

    LeadView create(LeadDetails d) {
        return firms.as(firms.staffOfA(), () -> leads.create(d));
    }

    long leadRowsOfA() {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from lead", Long.class));
    }

    @Test
    void aNewFirmGetsTheDefaultPipelineWhenItIsCreatedNotOnFirstUse() {
        assertThat(firms.asSystem(firms.firmB, () -> jdbc.queryForObject("select count(*) from lead_stage", Long.class)))
                .isEqualTo(6);

        List<LeadStageView> stages = firms.as(firms.staffOfA(), () -> pipelineStages.stages());

        assertThat(stages).extracting(LeadStageView::name)
                .containsExactly("New contact", "Consultation", "Proposal", "Agreement", "Won", "Lost");
        assertThat(stages).extracting(LeadStageView::kind).containsExactly(StageKind.OPEN, StageKind.OPEN,
                StageKind.OPEN, StageKind.OPEN, StageKind.WON, StageKind.LOST);
    }

    @Test
    void aNewLeadStartsInTheFirstOpenStageOwnedByItsCreatorWithTodayAsFirstContact() {
        LeadView lead = create(details("Maju Jaya"));

        List<LeadStageView> stages = firms.as(firms.staffOfA(), () -> pipelineStages.stages());
        assertThat(lead.stageId()).isEqualTo(stages.getFirst().id());
        assertThat(lead.ownerSubject()).isEqualTo(firms.staffA);
        assertThat(lead.currency()).isEqualTo("IDR");
        assertThat(lead.firstContactDate()).isEqualTo(firms.as(firms.staffOfA(), () -> leads.today()));
    }

    @Test
    void tenantAdminsConfigureStagesAndStaffCannot() {
        LeadStageView added = firms.as(firms.adminOfA(), () -> pipelineStages.addStage("Negotiation", StageKind.OPEN));
        List<LeadStageView> stages = firms.as(firms.adminOfA(), () -> pipelineStages.stages());
        List<UUID> reversedOpen = new java.util.ArrayList<>(stages.stream().map(LeadStageView::id).toList());
        java.util.Collections.reverse(reversedOpen);
        firms.as(firms.adminOfA(), () -> pipelineStages.reorderStages(reversedOpen));
        firms.as(firms.adminOfA(), () -> pipelineStages.renameStage(added.id(), "Negotiating"));

        assertThat(firms.as(firms.adminOfA(), () -> pipelineStages.stages()).getFirst().name()).isEqualTo("Negotiating");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> pipelineStages.addStage("Sneaky", StageKind.OPEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> pipelineStages.addStage("won", StageKind.WON)))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.stage.duplicate");
    }

    @Test
    void aStageWithLeadsOrTheLastOfItsKindCannotBeRemoved() {
        LeadView lead = create(details("Busy"));
        List<LeadStageView> stages = firms.as(firms.adminOfA(), () -> pipelineStages.stages());

        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> {
            pipelineStages.removeStage(lead.stageId());
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("leads.stage.in-use");
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> {
            pipelineStages.removeStage(stages.getLast().id());
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("leads.stage.last-of-kind");
        firms.as(firms.adminOfA(), () -> {
            pipelineStages.removeStage(stages.get(2).id());
            return null;
        });
        assertThat(firms.as(firms.adminOfA(), () -> pipelineStages.stages())).hasSize(5);
    }

    @Test
    void movingALeadRecordsTheStageChangeAndWinningDatesIt() {
        LeadView lead = create(details("Mover"));
        List<LeadStageView> stages = firms.as(firms.staffOfA(), () -> pipelineStages.stages());

        firms.as(firms.staffOfA(), () -> leads.moveToStage(lead.id(), stages.get(1).id()));
        LeadView won = firms.as(firms.staffOfA(), () -> leads.moveToStage(lead.id(), stages.get(4).id()));

        assertThat(won.stageId()).isEqualTo(stages.get(4).id());
        assertThat(won.wonDate()).isEqualTo(firms.as(firms.staffOfA(), () -> leads.today()));
        List<LeadActivityView> history = firms.as(firms.staffOfA(),
                () -> leads.activities(lead.id(), Pageable.ofSize(10)).getContent());
        assertThat(history).extracting(LeadActivityView::type).containsOnly(ActivityType.STAGE_CHANGE).hasSize(2);
        assertThat(history).extracting(LeadActivityView::text)
                .contains("New contact → Consultation", "Consultation → Won");
        assertThat(history).extracting(LeadActivityView::authorSubject).containsOnly(firms.staffA);
    }

    @Test
    void aLeadIsLostOnlyWithAReason() {
        LeadView lead = create(details("Loser"));
        List<LeadStageView> stages = firms.as(firms.staffOfA(), () -> pipelineStages.stages());

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> leads.moveToStage(lead.id(), stages.getLast().id())))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.lost.reason-required");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> leads.markLost(lead.id(), "  ")))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.lost.reason-required");
        LeadView lost = firms.as(firms.staffOfA(), () -> leads.markLost(lead.id(), "Chose a cheaper firm"));

        assertThat(lost.stageId()).isEqualTo(stages.getLast().id());
        assertThat(lost.lostReason()).isEqualTo("Chose a cheaper firm");
        assertThat(lost.wonDate()).isNull();
    }

    @Test
    void activitiesAndIncentivesAreKeptOnTheLead() {
        LeadView lead = create(details("Talker"));

        firms.as(firms.staffOfA(), () -> leads.logActivity(lead.id(), ActivityType.CALL, null, "Discussed needs"));
        IncentiveView offered = firms.as(firms.staffOfA(),
                () -> leadIncentives.offerIncentive(lead.id(), IncentiveType.FREE_CONSULTATION, "One hour"));
        firms.as(firms.staffOfA(), () -> leadIncentives.updateIncentive(offered.id(), IncentiveStatus.ACCEPTED));

        assertThat(firms.as(firms.staffOfA(), () -> leads.activities(lead.id(), Pageable.ofSize(5)).getContent()))
                .singleElement().satisfies(a -> {
                    assertThat(a.type()).isEqualTo(ActivityType.CALL);
                    assertThat(a.authorSubject()).isEqualTo(firms.staffA);
                });
        assertThat(firms.as(firms.staffOfA(), () -> leadIncentives.incentives(lead.id())))
                .singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(IncentiveStatus.ACCEPTED));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(),
                () -> leads.logActivity(lead.id(), ActivityType.NOTE, null, "")))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.activity.text.required");
    }

    @Test
    void theListFiltersByOwnerStageTextAndOverdueFollowUpsPagedAndSortedByTheDatabase() {
        LocalDate today = firms.as(firms.staffOfA(), () -> leads.today());
        LeadDetails mineOverdue = new LeadDetails("Alpha Overdue", ClientKind.INDIVIDUAL, null, "alpha@x.test", null,
                LeadSource.WEBSITE, null, null, null, null, today.minusDays(1), null);
        LeadDetails mineToday = new LeadDetails("Bravo Today", ClientKind.INDIVIDUAL, null, null, null,
                LeadSource.EVENT, null, null, null, null, today, null);
        LeadDetails othersOverdue = new LeadDetails("Charlie Other", ClientKind.INDIVIDUAL, null, null, null,
                LeadSource.OTHER, null, null, null, firms.adminA, today.minusDays(3), null);
        create(mineOverdue);
        create(mineToday);
        create(othersOverdue);

        Page<LeadView> mine = firms.as(firms.staffOfA(), () -> leads.list(new LeadFilter(null, null, true, false, null),
                org.springframework.data.domain.PageRequest.of(0, 1, Sort.by("name").descending())));
        List<LeadView> overdue = firms.as(firms.staffOfA(), () -> leads.list(
                new LeadFilter(null, null, false, true, null), Pageable.ofSize(10)).getContent());
        List<LeadView> byText = firms.as(firms.staffOfA(), () -> leads.list(
                new LeadFilter(null, null, false, false, "ALPHA@x"), Pageable.ofSize(10)).getContent());
        List<LeadView> byOwner = firms.as(firms.staffOfA(), () -> leads.list(
                new LeadFilter(null, firms.adminA, false, false, null), Pageable.ofSize(10)).getContent());

        assertThat(mine.getTotalElements()).isEqualTo(2);
        assertThat(mine.getContent()).extracting(LeadView::name).containsExactly("Bravo Today");
        assertThat(overdue).extracting(LeadView::name).containsExactlyInAnyOrder("Alpha Overdue", "Charlie Other");
        assertThat(overdue).allMatch(l -> l.overdueOn(today));
        assertThat(byText).extracting(LeadView::name).containsExactly("Alpha Overdue");
        assertThat(byOwner).extracting(LeadView::name).containsExactly("Charlie Other");
    }

    @Test
    void theBoardShowsEveryStageWithAPageOfItsLeads() {
        LeadView a = create(details("Board A"));
        create(details("Board B"));
        List<LeadStageView> stages = firms.as(firms.staffOfA(), () -> pipelineStages.stages());
        firms.as(firms.staffOfA(), () -> leads.moveToStage(a.id(), stages.get(2).id()));

        List<BoardColumn> board = firms.as(firms.staffOfA(), () -> leads.board(LeadFilter.all(), Pageable.ofSize(20)));

        assertThat(board).hasSize(6);
        assertThat(board.get(0).leads().getContent()).extracting(LeadView::name).containsExactly("Board B");
        assertThat(board.get(2).leads().getContent()).extracting(LeadView::name).containsExactly("Board A");
        assertThat(board.get(1).leads().getTotalElements()).isZero();
    }

    @Test
    void badInputIsRefusedWithAMessageKeyAndNothingIsSaved() {
        long before = leadRowsOfA();
        LeadDetails ok = details("Valid");
        List<java.util.Map.Entry<LeadDetails, String>> bad = List.of(
                java.util.Map.entry(withName(ok, "  "), "leads.name.required"),
                java.util.Map.entry(withEmail(ok, "not-an-email"), "leads.email.invalid"),
                java.util.Map.entry(withPhone(ok, "call me maybe"), "leads.phone.invalid"),
                java.util.Map.entry(withPhone(ok, "12"), "leads.phone.invalid"),
                java.util.Map.entry(withValue(ok, new BigDecimal("-1"), "IDR"), "leads.value.negative"),
                java.util.Map.entry(withValue(ok, BigDecimal.TEN, "XYZ"), "leads.currency.unknown"),
                java.util.Map.entry(withValue(ok, BigDecimal.TEN, null), "leads.currency.required"));

        for (var entry : bad) {
            assertThatThrownBy(() -> create(entry.getKey())).as(entry.getValue())
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(entry.getValue()));
        }
        assertThat(leadRowsOfA()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstEditIsKept() {
        LeadView lead = create(details("Contested"));

        firms.as(firms.staffOfA(), () -> leads.update(lead.id(), lead.version(), withName(details("x"), "First edit")));

        assertThatThrownBy(() -> firms.as(firms.adminOfA(),
                () -> leads.update(lead.id(), lead.version(), withName(details("x"), "Second edit"))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("leads.stale"));
        LeadView now = firms.as(firms.staffOfA(), () -> leads.get(lead.id()));
        assertThat(now.name()).isEqualTo("First edit");
        assertThat(now.version()).isEqualTo(lead.version() + 1);
    }

    @Test
    void anEditRacingAnotherSaveIsRefusedAsStaleAtTheDatabase() throws Exception {
        LeadView lead = create(details("Raced"));

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> {
            leads.get(lead.id());
            java.util.concurrent.CompletableFuture.runAsync(() -> firms.as(firms.adminOfA(),
                    () -> leads.update(lead.id(), lead.version(), withName(details("x"), "Committed meanwhile")))).join();
            return leads.update(lead.id(), lead.version(), withName(details("x"), "Racing edit"));
        })).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("leads.stale"));
        assertThat(firms.as(firms.staffOfA(), () -> leads.get(lead.id())).name()).isEqualTo("Committed meanwhile");
    }

    @Test
    void aFirstContactInTheFutureIsRefused() {
        LeadDetails d = details("Time Traveller");
        LocalDate tomorrow = firms.as(firms.staffOfA(), () -> leads.today()).plusDays(1);

        assertThatThrownBy(() -> create(new LeadDetails(d.name(), d.kind(), d.organization(), d.email(), d.phone(),
                d.source(), d.serviceLine(), d.estimatedValue(), d.currency(), null, null, tomorrow)))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.first-contact.future");
    }

    @Test
    void clientUsersAndOtherFirmsSeeNoLeads() {
        LeadView lead = create(details("Private"));
        Scope clientUser = Scope.member(firms.firmA, "client-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);

        assertThatThrownBy(() -> firms.as(clientUser, () -> leads.list(LeadFilter.all(), Pageable.ofSize(5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(firms.adminOfB(), () -> leads.get(lead.id())))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.not-found");
        assertThat(firms.as(firms.adminOfB(), () -> leads.list(LeadFilter.all(), Pageable.ofSize(50)).getContent()))
                .isEmpty();
    }

    static LeadDetails withName(LeadDetails d, String name) {
        return new LeadDetails(name, d.kind(), d.organization(), d.email(), d.phone(), d.source(), d.serviceLine(),
                d.estimatedValue(), d.currency(), d.ownerSubject(), d.nextFollowUp(), d.firstContactDate());
    }

    static LeadDetails withEmail(LeadDetails d, String email) {
        return new LeadDetails(d.name(), d.kind(), d.organization(), email, d.phone(), d.source(), d.serviceLine(),
                d.estimatedValue(), d.currency(), d.ownerSubject(), d.nextFollowUp(), d.firstContactDate());
    }

    static LeadDetails withPhone(LeadDetails d, String phone) {
        return new LeadDetails(d.name(), d.kind(), d.organization(), d.email(), phone, d.source(), d.serviceLine(),
                d.estimatedValue(), d.currency(), d.ownerSubject(), d.nextFollowUp(), d.firstContactDate());
    }

    static LeadDetails withValue(LeadDetails d, BigDecimal value, @org.jspecify.annotations.Nullable String currency) {
        return new LeadDetails(d.name(), d.kind(), d.organization(), d.email(), d.phone(), d.source(), d.serviceLine(),
                value, currency, d.ownerSubject(), d.nextFollowUp(), d.firstContactDate());
    }
}
