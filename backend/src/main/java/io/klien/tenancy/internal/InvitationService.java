package io.klien.tenancy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.klien.identity.DirectoryUser;
import io.klien.identity.IdentityDirectory;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.FirmChoice;
import io.klien.tenancy.InvitationAccepted;
import io.klien.tenancy.Invitations;
import io.klien.tenancy.MembershipChanged;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantView;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional
class InvitationService implements Invitations {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> INVITATION_LANGUAGES = Set.of("en", "id");
    private static final int MAX_NAME_LENGTH = 200;

    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final TenantRepository tenants;
    private final IdentityDirectory directory;
    private final Memberships membershipService;
    private final Clock clock;
    private final String publicUrl;
    private final Duration lifetime;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    InvitationService(MembershipRepository memberships, InvitationRepository invitations, TenantRepository tenants,
            IdentityDirectory directory, Memberships membershipService, Clock clock,
            @Value("${klien.public-url:http://localhost:8080}") String publicUrl,
            @Value("${klien.invitations.lifetime:P7D}") Duration lifetime, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.events = events;
        this.memberships = memberships;
        this.invitations = invitations;
        this.tenants = tenants;
        this.directory = directory;
        this.membershipService = membershipService;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/$", "");
        this.lifetime = lifetime;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public MembershipView invite(String email, String displayName, FirmRole role, @Nullable UUID clientId) {
        ColleagueRule.requireAdminToAddColleague(role);
        Scope scope = TenantContext.acting();
        String cleanEmail = requireValidInvitee(email, displayName);
        if (role == FirmRole.CLIENT && clientId == null) {
            throw DomainException.onField("clientId", "tenancy.member.client-required");
        }
        if (memberships.existsByEmailIgnoreCaseAndStatusNot(cleanEmail, MembershipStatus.DEACTIVATED)) {
            throw DomainException.onField("email", "tenancy.member.duplicate", cleanEmail);
        }
        Tenant tenant = tenants.findById(TenantContext.requireTenantId()).orElseThrow();
        String name = displayName.strip();
        int space = name.indexOf(' ');
        DirectoryUser person = directory.findOrCreateUser(cleanEmail, space < 0 ? name : name.substring(0, space),
                space < 0 ? "" : name.substring(space + 1));
        if (person.created()) {
            DirectoryCompensation.onRollback("the invited user " + person.id(), () -> directory.deleteUser(person.id()));
        } else if (!person.emailVerified()) {
            // whoever made that account has not shown they own the address: the firm's invitation must not reach them
            throw DomainException.onField("email", "tenancy.invite.email-unverified", cleanEmail);
        }
        Membership former = memberships.findBySubject(person.id()).orElse(null);
        MembershipView membership;
        if (former != null && former.status() == MembershipStatus.DEACTIVATED) {
            MembershipView was = former.toView();
            if (was.role() != role || !java.util.Objects.equals(was.clientId(), clientId)) {
                throw DomainException.onField("email", "tenancy.member.reinvite-other-role", cleanEmail, was.role().name());
            }
            former.reinvite(clock.instant());
            membership = former.toView();
            events.publishEvent(new MembershipChanged(membership.tenantId(), membership.id(), cleanEmail, "status",
                    MembershipStatus.DEACTIVATED.name(), MembershipStatus.INVITED.name()));
        } else {
            membership = membershipService.add(
                    new NewMember(person.id(), cleanEmail, name, role, clientId, MembershipStatus.INVITED));
        }
        String organizationId = tenant.keycloakOrganizationId();
        if (organizationId != null && directory.addToOrganization(organizationId, person.id())) {
            DirectoryCompensation.onRollback("the organization membership of " + person.id(),
                    () -> directory.removeFromOrganization(organizationId, person.id()));
        }
        String token = newToken();
        Instant now = clock.instant();
        Invitation issued = invitations.save(Invitation.issue(membership.id(), cleanEmail, sha256(token), now.plus(lifetime),
                scope.subject(), now));
        TenantView firm = tenant.toView();
        events.publishEvent(new InvitationMailDue(tenant.id(), issued.id(), person.id(), person.needsPassword(),
                cleanEmail, name, firm.displayName(), inviteeLanguage(firm.locale()), firm.timeZone(),
                publicUrl + "/invitation/" + tenant.id() + "/" + token, now.plus(lifetime), lifetime));
        return membership;
    }

    /** The language of the inviter's request when Klien speaks it, else the firm's. */
    static String inviteeLanguage(String firmLanguage) {
        LocaleContext request = LocaleContextHolder.getLocaleContext();
        Locale locale = request == null ? null : request.getLocale();
        if (locale != null && INVITATION_LANGUAGES.contains(locale.getLanguage())) {
            return locale.getLanguage();
        }
        return firmLanguage;
    }

    /** Checks an invitee's email and name before anything is created; returns the normalised email. */
    static String requireValidInvitee(String email, String displayName) {
        String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 320) {
            throw DomainException.onField("email", "tenancy.invite.email-invalid", String.valueOf(email));
        }
        if (displayName == null || displayName.isBlank()) {
            throw DomainException.onField("displayName", "tenancy.invite.name-required");
        }
        if (displayName.strip().length() > MAX_NAME_LENGTH) {
            throw DomainException.onField("displayName", "tenancy.invite.name-too-long", MAX_NAME_LENGTH);
        }
        return cleanEmail;
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FirmChoice accept(UUID tenantId, String token) {
        String subject = TenantContext.subject().orElseThrow(() -> new DomainException("tenancy.invite.sign-in"));
        return TenantContext.callIn(new Scope(tenantId, subject, null, null, false, true), () -> transactions.execute(status -> {
            Invitation invitation = invitations.findByTokenHash(sha256(token))
                    .orElseThrow(() -> new DomainException("tenancy.invite.unknown"));
            Membership membership = memberships.findById(invitation.membershipId())
                    .orElseThrow(() -> new DomainException("tenancy.invite.unknown"));
            if (!membership.toView().subject().equals(subject)) {
                throw new DomainException("tenancy.invite.someone-else");
            }
            if (invitation.isAccepted()) {
                if (membership.status() == MembershipStatus.ACTIVE) {
                    return choice(tenantId, membership);
                }
                throw new DomainException("tenancy.invite.used");
            }
            if (invitation.isExpiredAt(clock.instant())) {
                throw new DomainException("tenancy.invite.expired");
            }
            if (membership.status() == MembershipStatus.DEACTIVATED) {
                throw new DomainException("tenancy.invite.unknown");
            }
            invitation.accept(clock.instant());
            membership.activate(clock.instant());
            MembershipView accepted = membership.toView();
            events.publishEvent(new InvitationAccepted(tenantId, accepted.id(), subject, accepted.role(),
                    accepted.clientId()));
            return choice(tenantId, membership);
        }));
    }

    private FirmChoice choice(UUID tenantId, Membership membership) {
        Tenant tenant = tenants.findById(tenantId).orElseThrow();
        MembershipView view = membership.toView();
        return new FirmChoice(tenantId, tenant.toView().displayName(), tenant.toView().primaryColor(), view.role(), view.clientId());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
