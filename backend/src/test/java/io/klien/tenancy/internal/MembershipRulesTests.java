package io.klien.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.klien.clients.ClientSearch;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.FirmChoice;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class MembershipRulesTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientSearch clientSearch;
    @Autowired MembershipRepository membershipRepository;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    @Test
    void aFirmCannotLoseItsLastAdminByRoleChangeOrDeactivation() {
        UUID admin = firms.asSystem(firms.firmA, () -> membershipRepository.findBySubject(firms.adminA).orElseThrow().id());

        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> memberships.changeRole(admin, FirmRole.STAFF, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.member.last-admin");
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> memberships.deactivate(admin)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.member.last-admin");
        assertThat(firms.asSystem(firms.firmA, () -> membershipRepository.findById(admin).orElseThrow().toView()))
                .satisfies(m -> {
                    assertThat(m.role()).isEqualTo(FirmRole.TENANT_ADMIN);
                    assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
                });
    }

    @Test
    void withASecondAdminTheFirstMayStepDown() {
        UUID admin = firms.asSystem(firms.firmA, () -> membershipRepository.findBySubject(firms.adminA).orElseThrow().id());
        UUID staff = firms.asSystem(firms.firmA, () -> membershipRepository.findBySubject(firms.staffA).orElseThrow().id());
        firms.as(firms.adminOfA(), () -> memberships.changeRole(staff, FirmRole.TENANT_ADMIN, null));

        MembershipView steppedDown = firms.as(firms.adminOfA(), () -> memberships.changeRole(admin, FirmRole.STAFF, null));

        assertThat(steppedDown.role()).isEqualTo(FirmRole.STAFF);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveTheFirmWithAnAdmin() throws Exception {
        UUID first = firms.asSystem(firms.firmA, () -> membershipRepository.findBySubject(firms.adminA).orElseThrow().id());
        UUID second = firms.asSystem(firms.firmA, () -> membershipRepository.findBySubject(firms.staffA).orElseThrow().id());
        firms.as(firms.adminOfA(), () -> memberships.changeRole(second, FirmRole.TENANT_ADMIN, null));
        Scope secondAdmin = Scope.member(firms.firmA, firms.staffA, "TENANT_ADMIN", null, false);
        CountDownLatch firstDemoted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            // the first admin demotes the second and has not committed yet when the second demotes the first
            Future<?> byFirst = admins.submit(() -> firms.as(firms.adminOfA(), () -> {
                memberships.changeRole(second, FirmRole.STAFF, null);
                firstDemoted.countDown();
                await(commitFirst);
                return "demoted";
            }));
            await(firstDemoted);
            Future<?> bySecond = admins.submit(() -> firms.as(secondAdmin, () -> memberships.changeRole(first, FirmRole.STAFF, null)));
            awaitDoneOrWaitingForALock(bySecond);
            commitFirst.countDown();

            List<Object> outcomes = new java.util.ArrayList<>();
            for (Future<?> demotion : List.<Future<?>>of(byFirst, bySecond)) {
                try {
                    outcomes.add(demotion.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }

            assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("tenancy.member.last-admin"));
            assertThat(firms.asSystem(firms.firmA, () -> membershipRepository.countByRoleAndStatus(FirmRole.TENANT_ADMIN,
                    MembershipStatus.ACTIVE))).isEqualTo(1);
        } finally {
            commitFirst.countDown();
            admins.shutdownNow();
        }
    }

    /** Until the work finished or its transaction waits for a lock another one holds. */
    private void awaitDoneOrWaitingForALock(Future<?> work) throws InterruptedException {
        for (int i = 0; i < 300 && !work.isDone(); i++) {
            Integer waiting = firms.asSystem(firms.firmA, () -> jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""",
                    Integer.class));
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other admin never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void staffCannotManageMembers() {
        UUID admin = firms.asSystem(firms.firmA, () -> membershipRepository.findBySubject(firms.adminA).orElseThrow().id());

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> memberships.deactivate(admin)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pendingInvitationsAreListedBeforeEveryoneElseTheLatestFirst() {
        String earlier = "pending-" + java.util.UUID.randomUUID();
        firms.as(firms.adminOfA(), () -> memberships.add(new NewMember(earlier, earlier + "@a.test", "Aa Pending",
                FirmRole.STAFF, null, MembershipStatus.INVITED)));
        String pending = "pending-" + java.util.UUID.randomUUID();
        firms.as(firms.adminOfA(), () -> memberships.add(new NewMember(pending, pending + "@a.test", "Zz Pending",
                FirmRole.STAFF, null, MembershipStatus.INVITED)));

        List<MembershipView> first = firms.as(firms.adminOfA(),
                () -> memberships.list(org.springframework.data.domain.PageRequest.of(0, 1)).getContent());

        assertThat(first).singleElement().satisfies(m -> assertThat(m.subject())
                .as("the invitation just sent is at the top, ahead of earlier ones whatever their names").isEqualTo(pending));
        assertThat(firms.as(firms.adminOfA(), () -> memberships.list(org.springframework.data.domain.PageRequest.of(0, 100))
                .getContent()).stream().takeWhile(m -> m.status() == MembershipStatus.INVITED).map(MembershipView::subject))
                .contains(pending);
    }

    @Test
    void thePersonAlreadyInTheFirmCannotBeAddedTwice() {
        assertThatThrownBy(() -> firms.as(firms.adminOfA(), () -> memberships.add(new NewMember(firms.staffA, "dup@a.test",
                "Dup", FirmRole.STAFF, null, MembershipStatus.ACTIVE))))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.member.duplicate");
    }

    @Test
    void aTakenOrMalformedSlugIsRefusedAndNothingIsCreated() {
        String slug = "taken-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm(slug, "First", TenantKind.OTHER, "en", "UTC")));

        assertThatThrownBy(() -> TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm(slug, "Second", TenantKind.OTHER, "en", "UTC"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.slug.taken");
        assertThatThrownBy(() -> TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm("Not A Slug!", "Third", TenantKind.OTHER, "en", "UTC"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("tenancy.slug.invalid");
    }

    @Test
    void onlyPlatformOperatorsCreateFirms() {
        assertThatThrownBy(() -> TenantContext.callIn(Scope.person("someone", false),
                () -> tenants.create(new NewFirm("x-" + UUID.randomUUID().toString().substring(0, 6), "X", TenantKind.OTHER, "en", "UTC"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonSeesTheirOwnMembershipsInEveryFirmAndNoOneElses() {
        String both = "both-" + UUID.randomUUID();
        UUID clientOfB = firms.clientB1;
        firms.asSystem(firms.firmA, () -> memberships.add(new NewMember(both, "both@x.test", "Both", FirmRole.CLIENT,
                firms.clientA1, MembershipStatus.ACTIVE)));
        firms.asSystem(firms.firmB, () -> memberships.add(new NewMember(both, "both@x.test", "Both", FirmRole.CLIENT,
                clientOfB, MembershipStatus.ACTIVE)));

        var choices = TenantContext.callIn(Scope.person(both, false), memberships::firmsOfCurrentPerson);

        assertThat(choices).extracting(FirmChoice::tenantId).containsExactlyInAnyOrder(firms.firmA, firms.firmB);
        assertThat(choices).extracting(FirmChoice::role).containsOnly(FirmRole.CLIENT);
    }

    @Test
    void aClientUserReadsOnlyTheirOwnClientInTheFirm() {
        Scope clientUserOfA1 = Scope.member(firms.firmA, "client-user", "CLIENT", firms.clientA1, false);

        ClientView own = firms.as(clientUserOfA1, () -> clients.find(firms.clientA1)).orElseThrow();
        assertThat(own.id()).isEqualTo(firms.clientA1);
        assertThatThrownBy(() -> firms.as(clientUserOfA1, () -> clients.find(firms.clientA2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(clientUserOfA1, () -> clientSearch.list(org.springframework.data.domain.Pageable.ofSize(5))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
