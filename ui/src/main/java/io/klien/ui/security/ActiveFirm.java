package io.klien.ui.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.VaadinSession;
import io.klien.clients.ClientsMerged;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.FirmChoice;
import io.klien.tenancy.MembershipChanged;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The firm a signed-in person works in right now. Lives in their session; which firms they may pick and in what role
 * comes only from the membership table, never from a URL or parameter.
 */
@Component
public class ActiveFirm {

    static final String SESSION_KEY = "klien.activeTenantId";
    private static final Set<String> TENANT_ROLES = Set.of("ROLE_TENANT_ADMIN", "ROLE_STAFF", "ROLE_CLIENT");

    private static final String OPERATOR_AUTHORITY = "ROLE_" + Roles.PLATFORM_ADMIN;

    /** Past this many remembered confirmations, the stale ones are dropped. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Memberships memberships;
    private final Tenants tenants;
    private final PlatformOperators operators;
    private final Clock clock;
    private final Duration recheck;
    /** Memberships this node confirmed lately, by firm and person, with when. */
    private final ConcurrentHashMap<Member, Confirmed> confirmed = new ConcurrentHashMap<>();

    private record Member(UUID tenantId, String subject) {
    }

    private record Confirmed(MembershipView membership, Instant at) {
    }

    /** Confirms the membership on every request (as tests of "at the next request" need). */
    ActiveFirm(Memberships memberships, Tenants tenants, PlatformOperators operators) {
        this(memberships, tenants, operators, Clock.systemUTC(), Duration.ZERO);
    }

    /**
     * Confirms a session's membership against the database at most once per {@code recheck} per firm and person (the
     * per-request reads were the largest fixed cost of a request under load). A change made through the app on this
     * node (a membership deactivated, its role changed) takes effect at the next request all the same, because the
     * change forgets the firm's confirmations; one made on another node, or in the database, within {@code recheck}.
     */
    @Autowired
    ActiveFirm(Memberships memberships, Tenants tenants, PlatformOperators operators, Clock clock,
            @Value("${klien.security.membership-recheck:PT5S}") Duration recheck) {
        this.memberships = memberships;
        this.tenants = tenants;
        this.operators = operators;
        this.clock = clock;
        this.recheck = recheck;
    }

    /** A membership of the firm was added, changed role or status: its sessions are confirmed again at once. */
    @EventListener
    void membershipChanged(MembershipChanged change) {
        forgetFirmNowAndAfterCommit(change.tenantId());
    }

    /** Two clients were merged: the merged one's portal users now belong to the survivor, from their next request. */
    @EventListener
    void clientsMerged(ClientsMerged merged) {
        forgetFirmNowAndAfterCommit(merged.tenantId());
    }

    private void forgetFirmNowAndAfterCommit(UUID tenantId) {
        forgetFirm(tenantId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // and once more when the change is committed, in case a request read the old row meanwhile
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetFirm(tenantId);
                }
            });
        }
    }

    private void forgetFirm(UUID tenantId) {
        confirmed.keySet().removeIf(member -> member.tenantId().equals(tenantId));
    }

    /** The firms the signed-in person may enter. */
    public List<FirmChoice> choices() {
        if (TenantContext.subject().isEmpty()) {
            return List.of();
        }
        return memberships.firmsOfCurrentPerson();
    }

    /** Enters the firm if the membership table says so; returns the role there. */
    public FirmRole enter(UUID tenantId) {
        FirmChoice choice = choices().stream().filter(c -> c.tenantId().equals(tenantId)).findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not a member of this firm"));
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_KEY, tenantId);
        SecurityContext context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(withTenantRole(context.getAuthentication(), choice.role()));
        TenantContext.Scope current = TenantContext.current().orElseThrow();
        // the rest of this request already acts in the chosen firm; later requests get it from the filter
        TenantContext.bind(Scope.member(tenantId, current.subject(), choice.role().name(), choice.clientId(),
                current.platformAdmin()));
        return choice.role();
    }

    public Optional<UUID> tenantId() {
        return TenantContext.tenantId();
    }

    public Optional<TenantView> firm() {
        return TenantContext.tenantId().flatMap(tenants::find);
    }

    public Optional<FirmRole> role() {
        return TenantContext.current().map(Scope::role).map(FirmRole::valueOf);
    }

    /**
     * Called for every request: confirms the session's firm against the membership table (at most once per
     * {@code klien.security.membership-recheck} per firm and person) and binds who acts where. A membership
     * deactivated through the app loses the firm at its next request.
     */
    Scope scopeFor(HttpSession session, Authentication authentication) {
        OAuth2User user = (OAuth2User) authentication.getPrincipal();
        String subject = user.getName();
        boolean platformAdmin = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(OPERATOR_AUTHORITY));
        if (platformAdmin && !operators.isStillOperator(subject)) {
            // the role was taken away in Keycloak since sign-in: the token still says operator, Keycloak no longer does
            authentication = withoutOperatorRole(session, authentication);
            platformAdmin = false;
        }
        Object stored = session.getAttribute(SESSION_KEY);
        if (stored instanceof UUID tenantId) {
            Optional<MembershipView> membership = activeMembership(tenantId, subject, platformAdmin);
            if (membership.isPresent()) {
                MembershipView m = membership.get();
                replaceAuthentication(session, authentication, m.role());
                return Scope.member(tenantId, subject, m.role().name(), m.clientId(), platformAdmin);
            }
            session.removeAttribute(SESSION_KEY);
        }
        List<FirmChoice> choices = TenantContext.callIn(Scope.person(subject, platformAdmin), memberships::firmsOfCurrentPerson);
        if (choices.size() == 1 && stored == null) {
            // one firm only: no need to ask
            FirmChoice only = choices.getFirst();
            session.setAttribute(SESSION_KEY, only.tenantId());
            replaceAuthentication(session, authentication, only.role());
            return Scope.member(only.tenantId(), subject, only.role().name(), only.clientId(), platformAdmin);
        }
        replaceAuthentication(session, authentication, null);
        return Scope.person(subject, platformAdmin);
    }

    /** The person's active membership of the firm, as confirmed within {@code recheck} or read now. */
    private Optional<MembershipView> activeMembership(UUID tenantId, String subject, boolean platformAdmin) {
        Member member = new Member(tenantId, subject);
        Instant now = clock.instant();
        Confirmed known = confirmed.get(member);
        if (known != null && now.isBefore(known.at().plus(recheck)) && !now.isBefore(known.at())) {
            return Optional.of(known.membership());
        }
        Optional<MembershipView> membership = TenantContext.callIn(Scope.member(tenantId, subject, null, null, platformAdmin),
                () -> memberships.activeMembershipOf(subject));
        if (membership.isPresent() && recheck.isPositive()) {
            confirmed.put(member, new Confirmed(membership.get(), now));
            if (confirmed.size() > SWEEP_ABOVE) {
                confirmed.values().removeIf(c -> !now.isBefore(c.at().plus(recheck)));
            }
        } else {
            confirmed.remove(member);
        }
        return membership;
    }

    private static Authentication withoutOperatorRole(HttpSession session, Authentication current) {
        if (!(current instanceof OAuth2AuthenticationToken token)) {
            return current;
        }
        List<GrantedAuthority> authorities = current.getAuthorities().stream()
                .filter(a -> !OPERATOR_AUTHORITY.equals(a.getAuthority())).map(GrantedAuthority.class::cast).toList();
        OAuth2AuthenticationToken replaced = new OAuth2AuthenticationToken(token.getPrincipal(), authorities,
                token.getAuthorizedClientRegistrationId());
        replaced.setDetails(token.getDetails());
        store(session, replaced);
        return replaced;
    }

    private static void replaceAuthentication(HttpSession session, Authentication current, @Nullable FirmRole role) {
        Authentication updated = withTenantRole(current, role);
        if (updated == current) {
            return;
        }
        store(session, updated);
    }

    private static void store(HttpSession session, Authentication updated) {
        Object context = session.getAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext stored) {
            stored.setAuthentication(updated);
        }
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(updated);
    }

    static Authentication withTenantRole(Authentication current, @Nullable FirmRole role) {
        String wanted = role == null ? null : "ROLE_" + role.name();
        boolean alreadyRight = current.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(TENANT_ROLES::contains).toList().equals(wanted == null ? List.of() : List.of(wanted));
        if (alreadyRight || !(current instanceof OAuth2AuthenticationToken token)) {
            return current;
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        current.getAuthorities().stream().filter(a -> !TENANT_ROLES.contains(a.getAuthority())).forEach(authorities::add);
        if (wanted != null) {
            authorities.add(new SimpleGrantedAuthority(wanted));
        }
        OAuth2AuthenticationToken replaced = new OAuth2AuthenticationToken(token.getPrincipal(), authorities,
                token.getAuthorizedClientRegistrationId());
        replaced.setDetails(token.getDetails());
        return replaced;
    }
}
