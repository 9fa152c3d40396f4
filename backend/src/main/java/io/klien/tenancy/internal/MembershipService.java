package io.klien.tenancy.internal;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.FirmChoice;
import io.klien.tenancy.MembershipChanged;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MembershipService implements Memberships {

    private final MembershipRepository memberships;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MembershipService(MembershipRepository memberships, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.memberships = memberships;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FirmChoice> firmsOfCurrentPerson() {
        String subject = TenantContext.subject().orElseThrow(() -> new IllegalStateException("No person acting"));
        return jdbc.sql("""
                        select m.tenant_id, t.display_name, t.primary_color, m.role, m.client_id
                        from membership m join tenant t on t.id = m.tenant_id
                        where m.subject = :subject and m.status = 'ACTIVE' and t.status = 'ACTIVE'
                        order by t.display_name""")
                .param("subject", subject)
                .query((rs, row) -> new FirmChoice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        FirmRole.valueOf(rs.getString(4)), rs.getObject(5, UUID.class)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MembershipView> activeMembershipOf(String subject) {
        return memberships.findBySubject(subject).filter(m -> m.status() == MembershipStatus.ACTIVE).map(Membership::toView)
                .filter(m -> jdbc.sql("select status = 'ACTIVE' from tenant where id = :id").param("id", m.tenantId())
                        .query(Boolean.class).optional().orElse(false));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MembershipView> colleagues() {
        return memberships.findByRoleInAndStatusOrderByDisplayNameAsc(List.of(FirmRole.TENANT_ADMIN, FirmRole.STAFF),
                MembershipStatus.ACTIVE).stream().map(Membership::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, MembershipView> activeColleagues(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        Map<String, MembershipView> found = new java.util.HashMap<>();
        memberships.findBySubjectInAndRoleInAndStatus(subjects, List.of(FirmRole.TENANT_ADMIN, FirmRole.STAFF),
                MembershipStatus.ACTIVE).stream().map(Membership::toView).forEach(m -> found.put(m.subject(), m));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<MembershipView>> clientUsers(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return memberships.findByRoleAndStatusAndClientIdInOrderByDisplayNameAsc(FirmRole.CLIENT, MembershipStatus.ACTIVE,
                        Set.copyOf(clientIds)).stream().map(Membership::toView)
                .collect(Collectors.groupingBy(m -> Objects.requireNonNull(m.clientId()), LinkedHashMap::new,
                        Collectors.toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<MembershipView> list(Pageable pageable) {
        return memberships.findAllPendingFirst(pageable).map(Membership::toView);
    }

    @Override
    public MembershipView add(NewMember member) {
        ColleagueRule.requireAdminToAddColleague(member.role());
        if (memberships.findBySubject(member.subject()).isPresent()) {
            throw DomainException.onField("email", "tenancy.member.duplicate", member.email());
        }
        if (member.role() == FirmRole.CLIENT && member.clientId() == null) {
            throw DomainException.onField("clientId", "tenancy.member.client-required");
        }
        Membership saved = memberships.save(Membership.of(member, clock.instant()));
        events.publishEvent(new MembershipChanged(TenantContext.requireTenantId(), saved.id(), member.email(), "added",
                null, member.role() + "/" + member.status()));
        return saved.toView();
    }

    @Override
    public MembershipView activate(UUID membershipId) {
        Membership m = require(membershipId);
        m.activate(clock.instant());
        return m.toView();
    }

    @Override
    public MembershipView changeRole(UUID membershipId, FirmRole newRole, @Nullable UUID newClientId) {
        lockFirmAdmins();
        Membership m = require(membershipId);
        FirmRole before = m.role();
        if (before == newRole) {
            return m.toView();
        }
        if (newRole == FirmRole.CLIENT && newClientId == null) {
            throw new DomainException("tenancy.member.client-required");
        }
        if (before == FirmRole.TENANT_ADMIN && m.status() == MembershipStatus.ACTIVE) {
            refuseRemovingLastAdmin();
        }
        m.changeRole(newRole, newClientId, clock.instant());
        events.publishEvent(new MembershipChanged(m.tenantId(), m.id(), m.email(), "role", before.name(), newRole.name()));
        return m.toView();
    }

    @Override
    public MembershipView deactivate(UUID membershipId) {
        lockFirmAdmins();
        Membership m = require(membershipId);
        if (m.status() == MembershipStatus.DEACTIVATED) {
            return m.toView();
        }
        if (m.role() == FirmRole.TENANT_ADMIN && m.status() == MembershipStatus.ACTIVE) {
            refuseRemovingLastAdmin();
        }
        MembershipStatus before = m.status();
        m.deactivate(clock.instant());
        events.publishEvent(new MembershipChanged(m.tenantId(), m.id(), m.email(), "status", before.name(),
                MembershipStatus.DEACTIVATED.name()));
        return m.toView();
    }

    /**
     * Role changes and deactivations in one firm take turns on the firm's row, so two admins demoting each other at
     * once cannot both see the other as the remaining admin.
     */
    private void lockFirmAdmins() {
        jdbc.sql("select id from tenant where id = :id for update").param("id", TenantContext.requireTenantId())
                .query(UUID.class).optional();
    }

    private void refuseRemovingLastAdmin() {
        if (memberships.countByRoleAndStatus(FirmRole.TENANT_ADMIN, MembershipStatus.ACTIVE) <= 1) {
            throw new DomainException("tenancy.member.last-admin");
        }
    }

    private Membership require(UUID membershipId) {
        return memberships.findById(membershipId).orElseThrow(() -> new DomainException("tenancy.member.not-found"));
    }
}
