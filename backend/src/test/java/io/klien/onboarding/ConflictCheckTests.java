package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ClientContacts;
import io.klien.clients.ContactDetails;
import io.klien.clients.NewClient;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.Leads;
import io.klien.onboarding.ConflictHit.Match;
import io.klien.onboarding.ConflictHit.Source;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Conflict checks find the firm's records by name variants: case, accents, punctuation, legal forms, word order. */
@SpringBootTest
class ConflictCheckTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired Leads leads;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;
    @Autowired AdverseParties adverseParties;

    OnboardingFixture f;
    UUID onboardedClient;
    UUID conflictStep;

    @BeforeEach
    void aConflictCheckToRun() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
        onboardedClient = f.newClient("Kopi Nusantara");
        UUID template = f.publishedTemplate("Conflicts",
                StepDefinition.of("conflict", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM));
        conflictStep = step(f.staff(() -> onboardings.start(onboardedClient, template)), "conflict").id();
    }

    UUID client(String name) {
        return f.staff(() -> clients.create(new NewClient(name, ClientKind.ORGANIZATION, null, null, true)).id());
    }

    List<ConflictHit> check(String... names) {
        return f.staff(() -> steps.runConflictCheck(conflictStep, List.of(names))).conflict().hits();
    }

    @Test
    void legalFormsPunctuationAndWordOrderDoNotHideAClient() {
        UUID commaForm = client("Maju Jaya, PT");
        UUID reordered = client("Jaya Maju");
        UUID lowerCase = client("maju jaya");
        UUID longer = client("PT Maju Jaya Abadi Tbk");
        client("Sumber Rejeki");

        List<ConflictHit> hits = check("PT Maju Jaya");

        assertThat(hits).filteredOn(h -> h.source() == Source.CLIENT)
                .extracting(ConflictHit::recordId, ConflictHit::match, ConflictHit::searchedName)
                .contains(tuple(commaForm, Match.SAME_NAME, "PT Maju Jaya"), tuple(reordered, Match.SAME_NAME, "PT Maju Jaya"),
                        tuple(lowerCase, Match.SAME_NAME, "PT Maju Jaya"), tuple(longer, Match.PARTIAL, "PT Maju Jaya"));
        assertThat(hits).extracting(ConflictHit::name).doesNotContain("Sumber Rejeki");
    }

    @Test
    void accentsDoNotHideAContactAndTheHitNamesItsClient() {
        UUID owner = client("Hotel Senja");
        UUID contact = f.staff(() -> clientContacts.addContact(owner, new ContactDetails("José Núñez", null, null, null), true))
                .id();

        List<ConflictHit> hits = check("jose nunez");

        assertThat(hits).filteredOn(h -> h.source() == Source.CONTACT).singleElement().satisfies(h -> {
            assertThat(h.recordId()).isEqualTo(contact);
            assertThat(h.clientId()).isEqualTo(owner);
            assertThat(h.name()).isEqualTo("José Núñez");
            assertThat(h.match()).isEqualTo(Match.SAME_NAME);
        });
    }

    @Test
    void leadsMatchByTheirNameOrTheirOrganization() {
        UUID byOrganization = f.staff(() -> leads.create(new LeadDetails("Rina Wijaya", ClientKind.ORGANIZATION,
                "Jaya Maju Tbk.", null, null, LeadSource.EVENT, null, null, null, null, null, null), true)).id();
        UUID byName = f.staff(() -> leads.create(new LeadDetails("MAJU-JAYA", ClientKind.INDIVIDUAL, null, null, null,
                LeadSource.WEBSITE, null, new BigDecimal("10"), "IDR", null, null, null), true)).id();

        UUID accented = f.staff(() -> leads.create(new LeadDetails("Ana", ClientKind.ORGANIZATION, "Café Ñandú, GmbH",
                null, null, LeadSource.REFERRAL, null, null, null, null, null, null), true)).id();

        List<ConflictHit> hits = check("PT Maju Jaya", "cafe nandu");

        assertThat(hits).filteredOn(h -> h.source() == Source.LEAD)
                .extracting(ConflictHit::recordId, ConflictHit::match, ConflictHit::name)
                .containsExactlyInAnyOrder(tuple(byOrganization, Match.SAME_NAME, "Rina Wijaya (Jaya Maju Tbk.)"),
                        tuple(byName, Match.SAME_NAME, "MAJU-JAYA"),
                        tuple(accented, Match.SAME_NAME, "Ana (Café Ñandú, GmbH)"));
    }

    @Test
    void recordedAdversePartiesAreFoundAndStaffRecordThem() {
        AdversePartyView recorded = f.staff(() -> adverseParties.record("  CV Maju Jaya  ", "Opposing side, case 12/2026"));

        List<ConflictHit> hits = check("Jaya Maju");

        assertThat(hits).filteredOn(h -> h.source() == Source.ADVERSE_PARTY).singleElement().satisfies(h -> {
            assertThat(h.recordId()).isEqualTo(recorded.id());
            assertThat(h.name()).isEqualTo("CV Maju Jaya");
            assertThat(h.match()).isEqualTo(Match.SAME_NAME);
        });
        assertThat(f.staff(() -> adverseParties.list(Pageable.ofSize(10)).getContent())).extracting(AdversePartyView::name)
                .containsExactly("CV Maju Jaya");
        assertThatThrownBy(() -> f.asClientUserOf(onboardedClient, () -> adverseParties.record("X", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theClientBeingOnboardedIsNotItsOwnConflictButOtherFirmsClientsAreNeverSeen() {
        f.firms.asSystem(f.firms.firmB, () -> clients.create("Kopi Nusantara", ClientKind.ORGANIZATION));
        UUID namesake = client("PT Kopi Nusantara");

        List<ConflictHit> hits = check();

        assertThat(hits).extracting(ConflictHit::recordId).containsExactly(namesake);
        assertThat(hits).extracting(ConflictHit::clientId).doesNotContain(onboardedClient);
        StepView recorded = f.staff(() -> onboardings.step(conflictStep));
        assertThat(recorded.conflict().searchedNames()).containsExactly("Kopi Nusantara");
        assertThat(recorded.conflict().checkedBy()).isEqualTo(f.firms.staffA);
        assertThat(recorded.conflict().hits()).isEqualTo(hits);
        assertThat(recorded.state()).isEqualTo(StepState.IN_PROGRESS);
    }
}
