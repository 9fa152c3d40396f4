package io.klien.local.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.identity.DirectoryUser;
import io.klien.identity.IdentityDirectory;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
import io.klien.projects.NewMilestone;
import io.klien.projects.NewProject;
import io.klien.projects.NewProjectUpdate;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectUpdates;
import io.klien.projects.Projects;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Firms full of people for the capacity benchmark, made the way the app makes them: the person in Keycloak through the
 * app's {@link IdentityDirectory} (its provisioning service account), a password set through Keycloak's admin API
 * (where a real person would set it from the invitation mail), and an active membership in the firm; each portal user
 * is the contact of a client of their own with an onboarding started from the firm's template. Nothing bypasses
 * Keycloak: the benchmark signs these people in through its login page.
 *
 * <p>At start-up it provisions {@code klien.bench.firms} firms (0, the default, provisions nothing) with
 * {@code klien.bench.staff-per-firm} staff and {@code klien.bench.portal-per-firm} portal users each, creating only what
 * is missing, so a second run on the same database and realm is quick.
 */
@Component
public class BenchPopulation implements ApplicationRunner {

    /** The password every bench person signs in with. */
    public static final String PASSWORD = "klien-bench-2026";

    private static final Logger log = LoggerFactory.getLogger(BenchPopulation.class);

    private final Tenants tenants;
    private final Memberships memberships;
    private final Clients clients;
    private final Onboardings onboardings;
    private final OnboardingTemplates templates;
    private final Projects projects;
    private final ProjectPlans plans;
    private final ProjectUpdates updates;
    private final ObjectProvider<IdentityDirectory> directory;
    private final ObjectProvider<Keycloak> keycloakAdmin;
    private final String realm;
    private final int firms;
    private final int staffPerFirm;
    private final int portalPerFirm;

    BenchPopulation(Tenants tenants, Memberships memberships, Clients clients, Onboardings onboardings,
            OnboardingTemplates templates, Projects projects, ProjectPlans plans, ProjectUpdates updates,
            ObjectProvider<IdentityDirectory> directory, ObjectProvider<Keycloak> keycloakAdmin,
            @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri:http://localhost:8180/realms/klien}") String issuer,
            @Value("${klien.bench.firms:0}") int firms, @Value("${klien.bench.staff-per-firm:10}") int staffPerFirm,
            @Value("${klien.bench.portal-per-firm:40}") int portalPerFirm) {
        this.tenants = tenants;
        this.memberships = memberships;
        this.clients = clients;
        this.onboardings = onboardings;
        this.templates = templates;
        this.projects = projects;
        this.plans = plans;
        this.updates = updates;
        this.directory = directory;
        this.keycloakAdmin = keycloakAdmin;
        this.realm = issuer.substring(issuer.indexOf("/realms/") + "/realms/".length()).replaceAll("/$", "");
        this.firms = firms;
        this.staffPerFirm = staffPerFirm;
        this.portalPerFirm = portalPerFirm;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (firms <= 0) {
            return;
        }
        long started = System.nanoTime();
        List<BenchUser> people = new ArrayList<>();
        for (int f = 1; f <= firms; f++) {
            people.addAll(firm("bench-firm-" + f, staffPerFirm, portalPerFirm));
        }
        log.info("Capacity bench population ready: {} firms, {} people in {} s", firms, people.size(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /**
     * The firm with the given address name and its people ({@code <slug>-staff-<n>@bench.test} and
     * {@code <slug>-portal-<n>@bench.test}), creating whatever is missing of it.
     */
    public List<BenchUser> firm(String slug, int staff, int portal) {
        UUID firm = TenantContext.callIn(Scope.system(null), () -> tenants.list(Pageable.unpaged()).stream()
                .filter(t -> t.slug().equals(slug)).map(TenantView::id).findFirst().orElse(null));
        if (firm == null) {
            UUID created = TenantContext.callIn(Scope.system(null),
                    () -> tenants.create(new NewFirm(slug, "Bench " + slug, TenantKind.LAW_FIRM, "en", "Asia/Jakarta"))).id();
            firm = created;
        }
        UUID tenant = firm;
        return TenantContext.callIn(Scope.system(tenant), () -> {
            Map<String, UUID> existing = new HashMap<>();
            memberships.list(Pageable.unpaged()).forEach(m -> existing.put(m.email(), m.clientId()));
            List<BenchUser> people = new ArrayList<>();
            String lead = null;
            for (int n = 1; n <= staff; n++) {
                String email = slug + "-staff-" + n + "@bench.test";
                String subject = existing.containsKey(email) ? null : person(email, "Staff", n);
                if (subject != null) {
                    memberships.add(new NewMember(subject, email, "Staff " + n,
                            n == 1 ? FirmRole.TENANT_ADMIN : FirmRole.STAFF, null, MembershipStatus.ACTIVE));
                }
                if (n == 1) {
                    lead = subject != null ? subject : person(email, "Staff", n);
                }
                people.add(new BenchUser(email, BenchUser.Kind.STAFF, tenant));
            }
            UUID template = templates.list().getFirst().templateId();
            for (int n = 1; n <= portal; n++) {
                String email = slug + "-portal-" + n + "@bench.test";
                if (!existing.containsKey(email)) {
                    UUID client = clients.create("Bench Client " + n + " of " + slug, ClientKind.ORGANIZATION).id();
                    onboardings.start(client, template);
                    memberships.add(new NewMember(person(email, "Portal", n), email, "Portal " + n, FirmRole.CLIENT,
                            client, MembershipStatus.ACTIVE));
                    existing.put(email, client);
                }
                UUID client = existing.get(email);
                if (lead != null && client != null && projects.ofClient(client).isEmpty()) {
                    String projectLead = lead;
                    int number = n;
                    TenantContext.callIn(Scope.member(tenant, projectLead, FirmRole.TENANT_ADMIN.name(), null, false),
                            () -> project(client, number, projectLead));
                }
                people.add(new BenchUser(email, BenchUser.Kind.PORTAL, tenant));
            }
            return people;
        });
    }

    /** A project for the client's portal page, made by the firm's admin: two milestones (one a deliverable) and a status update. */
    private UUID project(UUID client, int n, String lead) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        UUID project = projects.create(new NewProject(client, ProjectKind.MATTER, "Bench matter " + n, today,
                today.plusMonths(3), lead)).id();
        plans.addMilestone(project, new NewMilestone("Due diligence", "Documents reviewed", false, today.plusWeeks(2)));
        plans.addMilestone(project, new NewMilestone("Opinion letter", null, true, today.plusMonths(2)));
        updates.post(project, NewProjectUpdate.of("Kick-off held and documents requested.", "Review the documents.",
                null));
        return project;
    }

    /** The person's Keycloak id: found or created through the app's directory, with the bench password set. */
    private String person(String email, String firstName, int n) {
        DirectoryUser user = directory.getObject().findOrCreateUser(email, firstName, "No. " + n);
        if (!user.created() && !user.needsPassword()) {
            return user.id();
        }
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        keycloakAdmin.getObject().realm(realm).users().get(user.id()).resetPassword(password);
        return user.id();
    }
}
