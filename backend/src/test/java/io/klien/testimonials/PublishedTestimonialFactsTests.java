package io.klien.testimonials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTemplateView;
import io.klien.contracts.ContractTemplates;
import io.klien.contracts.Contracts;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.projects.HibernateStatements;
import io.klien.projects.NewProject;
import io.klien.projects.ProjectKind;
import io.klien.projects.Projects;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wall's read of a firm's published testimonials states what Klien checked about each author's client (a signed
 * contract, since when, a completed project) in the same few statements whether the testimonials come from one client
 * or from many.
 */
@SpringBootTest
class PublishedTestimonialFactsTests {

    static final Instant FIRST_SIGNING = Instant.parse("2024-05-06T06:00:00Z");
    static final Instant LATER_SIGNING = Instant.parse("2025-01-15T06:00:00Z");

    @Autowired Testimonials testimonials;
    @Autowired TestimonialModeration moderation;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts contacts;
    @Autowired Contracts contracts;
    @Autowired ContractTemplates templates;
    @Autowired Projects projects;
    @Autowired FirmTime time;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    @Test
    void theWallReadsTheFactsOfManyClientsInAsManyStatementsAsForOneAndStatesEachClientsOwn() {
        TwoFirms own = new TwoFirms(tenants, memberships, clients, tx);
        UUID veteran = publishedBy(own, "Veteran");
        signed(own, veteran, LATER_SIGNING);
        signed(own, veteran, FIRST_SIGNING);
        completedProject(own, veteran);
        long forOne = statements(own);

        UUID signedOnly = publishedBy(own, "Signed only");
        signed(own, signedOnly, LATER_SIGNING);
        UUID projectOnly = publishedBy(own, "Project only");
        completedProject(own, projectOnly);
        UUID newcomer = publishedBy(own, "Newcomer");
        publishedBy(own, newcomer);
        for (int i = 0; i < 3; i++) {
            publishedBy(own, "More " + i);
        }

        long forSeven = statements(own);

        assertThat(forSeven).as("statements for seven clients, as for one").isEqualTo(forOne).isPositive();
        List<PublishedTestimonial> shown = own.as(Scope.visitor(own.firmA),
                () -> testimonials.publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH));
        assertThat(shown).as("one each, two of the newcomer").hasSize(8);
        Map<UUID, VerifiedFacts> byClient = new HashMap<>();
        for (PublishedTestimonial t : shown) {
            VerifiedFacts before = byClient.put(clientOf(own, t.id()), t.verified());
            assertThat(before).as("one client's testimonials state the same facts").isIn(null, t.verified());
        }
        LocalDate firstDay = LocalDate.ofInstant(FIRST_SIGNING, own.asSystem(own.firmA, time::zone));
        LocalDate laterDay = LocalDate.ofInstant(LATER_SIGNING, own.asSystem(own.firmA, time::zone));
        assertThat(byClient.get(veteran)).as("client since the earliest signing")
                .isEqualTo(new VerifiedFacts(true, firstDay, true));
        assertThat(byClient.get(signedOnly)).isEqualTo(new VerifiedFacts(true, laterDay, false));
        assertThat(byClient.get(projectOnly)).isEqualTo(new VerifiedFacts(false, null, true));
        assertThat(byClient.get(newcomer)).isEqualTo(new VerifiedFacts(false, null, false));
        assertThat(byClient).hasSize(7);
    }

    private long statements(TwoFirms own) {
        return HibernateStatements.of(emf, () -> own.as(Scope.visitor(own.firmA),
                () -> testimonials.publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH)));
    }

    private UUID clientOf(TwoFirms own, UUID testimonialId) {
        return own.as(Scope.member(own.firmA, own.staffA, "STAFF", null, false),
                () -> testimonials.get(testimonialId)).clientId();
    }

    /** A new client whose user gave a testimonial the firm approved for its website. */
    private UUID publishedBy(TwoFirms own, String name) {
        UUID client = own.asSystem(own.firmA, () -> clients.create(name + " " + UUID.randomUUID(),
                ClientKind.ORGANIZATION).id());
        publishedBy(own, client);
        return client;
    }

    private void publishedBy(TwoFirms own, UUID client) {
        String subject = "user-" + UUID.randomUUID();
        own.asSystem(own.firmA, () -> memberships.add(new NewMember(subject, subject + "@c.test", "Rina Wati",
                FirmRole.CLIENT, client, MembershipStatus.ACTIVE)));
        TestimonialView given = own.as(Scope.member(own.firmA, subject, "CLIENT", client, false),
                () -> testimonials.give(new NewTestimonial(5, "Good work.", "Rina Wati", null, null,
                        Set.of(ConsentScope.WEBSITE), Attribution.NAME, 1, "en"), GivenFrom.UNKNOWN));
        own.as(staff(own), () -> moderation.approve(given.id(), given.version()));
    }

    private void signed(TwoFirms own, UUID client, Instant at) {
        UUID contact = own.as(staff(own), () -> contacts.addContact(client, new ContactDetails("Sari Dewi",
                "sari-" + UUID.randomUUID() + "@c.test", null, null), false).id());
        ContractTemplateView template = own.as(staff(own), () -> templates.list()).getFirst();
        UUID contract = own.as(staff(own), () -> contracts.draft(client, template.templateId(),
                new ContractDraft("Retainer", null, template.definition().terms(),
                        List.of(SignatoryChoice.clientContact(contact)), SigningOrder.PARALLEL,
                        LocalDate.now().plusDays(30)))).id();
        own.asSystem(own.firmA, () -> jdbc.update("update contract set status = 'ACTIVE', sent_at = ?, signed_at = ?"
                + " where id = ?", java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), contract));
    }

    private void completedProject(TwoFirms own, UUID client) {
        UUID project = own.as(staff(own), () -> projects.create(new NewProject(client, ProjectKind.MATTER, "Matter",
                LocalDate.of(2025, 1, 1), null, null))).id();
        own.asSystem(own.firmA, () -> jdbc.update("update project set status = 'DONE' where id = ?", project));
    }

    private static Scope staff(TwoFirms own) {
        return Scope.member(own.firmA, own.staffA, "STAFF", null, false);
    }
}
