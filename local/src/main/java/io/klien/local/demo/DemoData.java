package io.klien.local.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientSearch;
import io.klien.clients.ClientView;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.PipelineStages;
import io.klien.onboarding.OnboardingTemplates;
import io.klien.onboarding.Onboardings;
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
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.ConsentText;
import io.klien.testimonials.GivenFrom;
import io.klien.testimonials.NewTestimonial;
import io.klien.testimonials.TestimonialModeration;
import io.klien.testimonials.TestimonialRequests;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.Testimonials;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Two demo firms for ./klien run and the browser tests: a law firm and a design studio, each with an admin, staff
 * and clients, and Budi, a client of both; the law firm's public wall starts with three testimonials. The people are
 * the demo accounts of the local Keycloak realm (their ids are fixed there). Creates only what is missing.
 * Browserless tests build their own copies with fresh people.
 */
@Component
@ConditionalOnProperty(name = "klien.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Tenants tenants;
    private final Memberships memberships;
    private final Clients clients;
    private final Leads leads;
    private final PipelineStages pipelineStages;
    private final Onboardings onboardings;
    private final OnboardingTemplates onboardingTemplates;
    private final ClientSearch clientSearch;
    private final ClientContacts contacts;
    private final Testimonials testimonials;
    private final TestimonialRequests testimonialRequests;
    private final TestimonialModeration moderation;

    DemoData(Tenants tenants, Memberships memberships, Clients clients, Leads leads, PipelineStages pipelineStages,
            Onboardings onboardings, OnboardingTemplates onboardingTemplates, ClientSearch clientSearch,
            ClientContacts contacts, Testimonials testimonials, TestimonialRequests testimonialRequests,
            TestimonialModeration moderation) {
        this.clientSearch = clientSearch;
        this.contacts = contacts;
        this.testimonials = testimonials;
        this.testimonialRequests = testimonialRequests;
        this.moderation = moderation;
        this.onboardings = onboardings;
        this.onboardingTemplates = onboardingTemplates;
        this.tenants = tenants;
        this.memberships = memberships;
        this.clients = clients;
        this.leads = leads;
        this.pipelineStages = pipelineStages;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, UUID> existing = TenantContext.callIn(Scope.system(null), () -> {
            Map<String, UUID> bySlug = new java.util.HashMap<>();
            tenants.list(Pageable.unpaged()).forEach(t -> bySlug.put(t.slug(), t.id()));
            return bySlug;
        });
        if (!existing.containsKey("hartono-law")) {
            UUID hartono = lawFirm("hartono-law", DemoPeople.REALM);
            wallTestimonials(hartono, DemoPeople.REALM);
            log.info("Demo firm Hartono & Partners created");
        }
        if (!existing.containsKey("studio-kanvas")) {
            designStudio("studio-kanvas", DemoPeople.REALM);
            log.info("Demo firm Studio Kanvas created");
        }
    }

    /**
     * Hartono &amp; Partners at the given address name: three clients, Lena (admin), Rudi (staff), Budi (portal user of
     * PT Maju Jaya, which is in onboarding) and a few leads. Tests create one of their own with fresh people.
     */
    public UUID lawFirm(String slug, DemoPeople people) {
        UUID firm = firm(slug, "Hartono & Partners", TenantKind.LAW_FIRM, "#1f4e79");
        TenantContext.runIn(Scope.system(firm), () -> {
            UUID majuJaya = clients.create("PT Maju Jaya", ClientKind.ORGANIZATION).id();
            clients.create("Sinar Abadi Logistics", ClientKind.ORGANIZATION);
            clients.create("Ibu Sari Wulandari", ClientKind.INDIVIDUAL);
            member(people.lena(), "lena@hartono-law.test", "Lena Hartono", FirmRole.TENANT_ADMIN, null);
            member(people.rudi(), "rudi@hartono-law.test", "Rudi Santoso", FirmRole.STAFF, null);
            member(people.budi(), "budi@maju-jaya.test", "Budi Setiawan", FirmRole.CLIENT, majuJaya);
            pipeline(people);
            onboard(majuJaya);
        });
        return firm;
    }

    /**
     * Three published testimonials on the law firm's public wall, made as clients and staff make them: the contacts of
     * Sinar Abadi Logistics and Ibu Sari Wulandari, whom Lena asks by hand, give theirs through their single-use links
     * (in Bahasa Indonesia), Budi gives his in the portal (in English); each consents to the firm's website, named in
     * full, against the current consent text; Lena tags and approves them (which publishes) and features Ibu Sari's.
     * Only for the demo firm of ./klien run, once, right after it is created: a failure leaves the firm without them
     * and says why in the log rather than stopping the start.
     */
    public void wallTestimonials(UUID firm, DemoPeople people) {
        try {
            Scope lena = Scope.member(firm, people.lena(), FirmRole.TENANT_ADMIN.name(), null, false);
            UUID sari = TenantContext.callIn(lena, () -> clientNamed("Ibu Sari Wulandari"));
            UUID sinarAbadi = TenantContext.callIn(lena, () -> clientNamed("Sinar Abadi Logistics"));
            UUID majuJaya = TenantContext.callIn(lena, () -> clientNamed("PT Maju Jaya"));

            TestimonialView fromSari = givenByLink(firm, lena, sari,
                    new ContactDetails("Sari Wulandari", "sari.wulandari@wulandari.test", null, null), 5, """
                    Tim Hartono & Partners membantu saya menyusun wasiat dan rencana pembagian harta untuk anak-anak \
                    saya. Setiap pilihan dijelaskan dengan sabar dan dalam bahasa yang mudah dipahami, dan semua \
                    dokumen selesai tepat waktu. Sekarang saya jauh lebih tenang.""", null, null);
            TestimonialView fromSinarAbadi = givenByLink(firm, lena, sinarAbadi,
                    new ContactDetails("Hendra Gunawan", "hendra.gunawan@sinarabadi.test", null, "Direktur SDM"), 5,
                    """
                    Hartono & Partners meninjau seluruh kontrak kerja kami, dari pengemudi sampai staf gudang, dan \
                    menyiapkan templat PKWT dan PKWTT yang sesuai dengan peraturan ketenagakerjaan terbaru. Sarannya \
                    praktis, jawabannya cepat, dan tim HR kami kini bekerja dengan lebih percaya diri.""",
                    "Direktur SDM", "Sinar Abadi Logistics");
            TestimonialView fromBudi = TenantContext.callIn(
                    Scope.member(firm, people.budi(), FirmRole.CLIENT.name(), majuJaya, false),
                    () -> testimonials.give(consented(4, "en", """
                            Onboarding with Hartono & Partners was well organised: the intake form, the documents \
                            and the conflict check were all in the portal, and we always knew what came next. One \
                            step took longer than we expected, but the team kept us informed throughout.""",
                            "Budi Setiawan", "Director", "PT Maju Jaya"), GivenFrom.UNKNOWN));

            TenantContext.runIn(lena, () -> {
                approve(fromSinarAbadi, "Employment contracts", "Logistics", false);
                approve(fromBudi, "Client onboarding", null, false);
                approve(fromSari, "Estate planning", null, true);
            });
            log.info("Demo testimonials published on the wall of firm {}", firm);
        } catch (RuntimeException e) {
            log.warn("The wall of demo firm {} stays without the demo testimonials: {}", firm, e.toString(), e);
        }
    }

    private UUID clientNamed(String name) {
        return clientSearch.search(name, PageRequest.of(0, 10)).stream().filter(c -> c.name().equals(name))
                .map(ClientView::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("the firm has no client named " + name));
    }

    /** Lena adds the client's contact and asks them by hand; they give through their single-use link, unsigned. */
    private TestimonialView givenByLink(UUID firm, Scope lena, UUID client, ContactDetails contact, int rating,
            String text, @Nullable String title, @Nullable String company) {
        String token = TenantContext.callIn(lena, () -> {
            UUID contactId = contacts.addContact(client, contact, true).id();
            return testimonialRequests.ask(client, contactId).linkToken();
        });
        if (token == null) {
            throw new IllegalStateException(contact.name() + " was asked in the portal, not through a link");
        }
        return TenantContext.callIn(Scope.visitor(firm), () -> testimonials.giveByLink(token,
                consented(rating, "id", text, contact.name(), title, company), GivenFrom.UNKNOWN));
    }

    /** For the firm's website only, named in full, against the consent text now current in the language. */
    private NewTestimonial consented(int rating, String language, String text, String name, @Nullable String title,
            @Nullable String company) {
        ConsentText consent = testimonials.consentText(language);
        return new NewTestimonial(rating, text, name, title, company, Set.of(ConsentScope.WEBSITE), Attribution.NAME,
                consent.version(), consent.language());
    }

    private void approve(TestimonialView given, String serviceLine, @Nullable String industry, boolean featured) {
        TestimonialView tagged = moderation.tag(given.id(), given.version(), serviceLine, industry);
        TestimonialView approved = moderation.approve(tagged.id(), tagged.version());
        if (featured) {
            moderation.feature(approved.id(), approved.version(), true);
        }
    }

    /** Studio Kanvas at the given address name: two clients, Maya (admin), Dimas (staff) and Budi again. */
    public UUID designStudio(String slug, DemoPeople people) {
        UUID firm = firm(slug, "Studio Kanvas", TenantKind.DESIGN_STUDIO, "#b3541e");
        TenantContext.runIn(Scope.system(firm), () -> {
            UUID majuJaya = clients.create("PT Maju Jaya", ClientKind.ORGANIZATION).id();
            clients.create("Kopi Nusantara", ClientKind.ORGANIZATION);
            member(people.maya(), "maya@studio-kanvas.test", "Maya Wijaya", FirmRole.TENANT_ADMIN, null);
            member(people.dimas(), "dimas@studio-kanvas.test", "Dimas Pratama", FirmRole.STAFF, null);
            member(people.budi(), "budi@maju-jaya.test", "Budi Setiawan", FirmRole.CLIENT, majuJaya);
            onboard(majuJaya);
        });
        return firm;
    }

    /** An onboarding with the firm's seeded template, so Budi's portal and the onboarding board have one to show. */
    private void onboard(UUID clientId) {
        onboardings.start(clientId, onboardingTemplates.list().getFirst().templateId());
    }

    /** A few leads at different stages, so the board and the dashboard have something to show. */
    private void pipeline(DemoPeople people) {
        LocalDate today = leads.today();
        String rudi = people.rudi();
        String lena = people.lena();
        lead("Arunika Hotels", "arunika.test", LeadSource.REFERRAL, "Corporate restructuring", "450000000", rudi,
                today.minusDays(2), today.minusDays(30), 0);
        lead("Bumi Hijau Energi", "bumihijau.test", LeadSource.EVENT, "Licensing", "220000000", rudi, today,
                today.minusDays(21), 1);
        lead("Cakra Logistik", "cakra.test", LeadSource.WEBSITE, "Employment contracts", "80000000", lena,
                today.plusDays(3), today.minusDays(14), 2);
        lead("Dewi Lestari", null, LeadSource.EXISTING_CUSTOMER, "Estate planning", "35000000", lena,
                today.plusDays(7), today.minusDays(6), 3);
    }

    private void lead(String name, String domain, LeadSource source, String serviceLine, String value, String owner,
            LocalDate followUp, LocalDate firstContact, int stageIndex) {
        LeadView lead = leads.create(new LeadDetails(name, domain == null ? ClientKind.INDIVIDUAL : ClientKind.ORGANIZATION,
                domain == null ? null : name, domain == null ? null : "hello@" + domain, null, source, serviceLine,
                new BigDecimal(value), "IDR", owner, followUp, firstContact), true);
        if (stageIndex > 0) {
            leads.moveToStage(lead.id(), pipelineStages.stages().get(stageIndex).id());
        }
    }

    private UUID firm(String slug, String name, TenantKind kind, String color) {
        TenantView created = TenantContext.callIn(Scope.system(null),
                () -> tenants.create(new NewFirm(slug, name, kind, "en", "Asia/Jakarta")));
        TenantContext.runIn(Scope.system(created.id()), () -> tenants.rebrand(name, color));
        return created.id();
    }

    private void member(String subject, String email, String name, FirmRole role, UUID clientId) {
        memberships.add(new NewMember(subject, email, name, role, clientId, MembershipStatus.ACTIVE));
    }
}
