package io.klien.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.clients.ClientMerges;
import io.klien.clients.ClientContacts;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.clients.NewClient;
import io.klien.clients.TimelineEntryView;
import io.klien.shared.DomainException;
import io.klien.shared.DuplicateCandidate;
import io.klien.shared.DuplicateWarning;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class LeadConversionTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientMerges clientMerges;
    @Autowired ClientContacts clientContacts;
    @Autowired Leads leads;
    @Autowired PipelineStages pipelineStages;
    @Autowired LeadIncentives leadIncentives;
    @Autowired LeadConversions leadConversions;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    String suffix;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    <T> T staff(Supplier<T> work) {
        return firms.as(firms.staffOfA(), work);
    }

    long clientRowsOfA() {
        return firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from client", Long.class));
    }

    LeadDetails lead(String name, String organization, String email, LocalDate firstContact) {
        return new LeadDetails(name, ClientKind.ORGANIZATION, organization, email, "+62 21 555 0199", LeadSource.EVENT,
                "Brand strategy", new BigDecimal("25000"), "USD", null, null, firstContact);
    }

    LeadView won(LeadDetails details) {
        LeadView lead = staff(() -> leads.create(details, true));
        UUID wonStage = staff(() -> pipelineStages.stages()).stream().filter(s -> s.kind() == StageKind.WON).findFirst()
                .orElseThrow().id();
        return staff(() -> leads.moveToStage(lead.id(), wonStage));
    }

    @Test
    void convertingAWonLeadCreatesTheClientWithItsContactHistoryAndSalesCycle() {
        LocalDate today = staff(() -> leads.today());
        LeadView lead = staff(() -> leads.create(lead("Rina Wijaya", "Kopi Nusantara " + suffix, "rina@kopi.test",
                today.minusDays(42))));
        staff(() -> leads.logActivity(lead.id(), ActivityType.CALL, null, "First call"));
        staff(() -> leadIncentives.offerIncentive(lead.id(), IncentiveType.FREE_CONSULTATION, null));
        List<LeadStageView> stages = staff(() -> pipelineStages.stages());
        staff(() -> leads.moveToStage(lead.id(), stages.get(3).id()));
        staff(() -> leads.moveToStage(lead.id(), stages.get(4).id()));

        LeadConversion conversion = staff(() -> leadConversions.convert(lead.id(), null));

        assertThat(conversion.returningCustomer()).isFalse();
        assertThat(conversion.salesCycleDays()).isEqualTo(42);
        ClientProfile client = staff(() -> clients.profile(conversion.clientId()));
        assertThat(client.name()).isEqualTo("Kopi Nusantara " + suffix);
        assertThat(client.status()).isEqualTo(ClientStatus.ONBOARDING);
        assertThat(client.representativeSubject()).isEqualTo(firms.staffA);
        assertThat(client.salesCycleDays()).isEqualTo(42);
        assertThat(client.firstContactDate()).isEqualTo(today.minusDays(42));
        assertThat(staff(() -> clientContacts.contacts(client.id()))).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Rina Wijaya");
            assertThat(c.email()).isEqualTo("rina@kopi.test");
            assertThat(c.primary()).isTrue();
        });
        assertThat(staff(() -> clients.timeline(client.id(), Pageable.ofSize(20)).getContent()))
                .extracting(TimelineEntryView::type)
                .containsExactlyInAnyOrder("CALL", "STAGE_CHANGE", "STAGE_CHANGE", "INCENTIVE", "CONVERTED");
        assertThat(staff(() -> leads.get(lead.id())).clientId()).isEqualTo(client.id());
    }

    @Test
    void onlyAWonLeadIsConvertedAndOnlyOnce() {
        LeadView open = staff(() -> leads.create(lead("Open Lead", null, null, null)));
        LeadView won = won(lead("Won Lead " + suffix, null, null, null));
        long before = clientRowsOfA();

        assertThatThrownBy(() -> staff(() -> leadConversions.convert(open.id(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.convert.not-won");
        assertThat(clientRowsOfA()).isEqualTo(before);
        staff(() -> leadConversions.convert(won.id(), null));
        assertThatThrownBy(() -> staff(() -> leadConversions.convert(won.id(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.converted");
        assertThatThrownBy(() -> staff(() -> leads.moveToStage(won.id(), staff(() -> pipelineStages.stages()).getFirst().id())))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.converted");
        assertThat(clientRowsOfA()).isEqualTo(before + 1);
    }

    @Test
    void aReturningCustomerWhoseEmailIsAKnownContactIsLinkedNotDuplicated() {
        ClientProfile existing = staff(() -> clients.create(new NewClient("Loyal Co " + suffix, ClientKind.ORGANIZATION,
                new ContactDetails("Dewi", "dewi@loyal.test", null, null), null, false)));
        LeadView lead = won(lead("Dewi", "Loyal Co " + suffix, "DEWI@loyal.test", null));
        staff(() -> leads.logActivity(lead.id(), ActivityType.MEETING, null, "Second project"));
        long before = clientRowsOfA();

        LeadConversion conversion = staff(() -> leadConversions.convert(lead.id(), null));

        assertThat(conversion.returningCustomer()).isTrue();
        assertThat(conversion.clientId()).isEqualTo(existing.id());
        assertThat(clientRowsOfA()).isEqualTo(before);
        assertThat(staff(() -> clientContacts.contacts(existing.id()))).hasSize(1);
        assertThat(staff(() -> clients.timeline(existing.id(), Pageable.ofSize(20)).getContent()))
                .extracting(TimelineEntryView::text).contains("Second project");
    }

    @Test
    void aLeadExplicitlyLinkedToAnExistingClientJoinsItAndAddsItsContact() {
        LeadView lead = won(lead("New Person", "Whatever", "new.person@a1.test", null));

        LeadConversion conversion = staff(() -> leadConversions.convert(lead.id(), firms.clientA1));

        assertThat(conversion.returningCustomer()).isTrue();
        assertThat(staff(() -> clientContacts.contacts(firms.clientA1))).extracting(ContactView::email)
                .contains("new.person@a1.test");
    }

    @Test
    void aConversionThatFailsLeavesNothingHalfSaved() {
        LeadView lead = won(lead("Half Saved " + suffix, "Half Org " + suffix, "half@" + suffix + ".test", null));
        long before = clientRowsOfA();

        assertThatThrownBy(() -> staff(() -> leadConversions.convert(lead.id(), firms.clientB1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("clients.not-found");

        assertThat(clientRowsOfA()).isEqualTo(before);
        assertThat(staff(() -> leads.get(lead.id())).clientId()).isNull();
        assertThat(staff(() -> leadConversions.convert(lead.id(), null)).returningCustomer()).isFalse();
    }

    @Test
    void aLeadLikeAnExistingClientOrLeadIsWarnedAboutUntilConfirmed() {
        String clientName = staff(() -> clients.find(firms.clientA1)).orElseThrow().name();
        String variant = clientName.replace("PT ", "") + ", PT";
        long leadsBefore = firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from lead", Long.class));

        assertThatThrownBy(() -> staff(() -> leads.create(lead(variant, null, null, null))))
                .isInstanceOfSatisfying(DuplicateWarning.class, w -> assertThat(w.candidates())
                        .anySatisfy(c -> {
                            assertThat(c.kind()).isEqualTo(DuplicateCandidate.Kind.CLIENT);
                            assertThat(c.id()).isEqualTo(firms.clientA1);
                        }));
        LeadView first = staff(() -> leads.create(lead("Ibu Ani", null, "ani@" + suffix + ".test", null)));
        assertThatThrownBy(() -> staff(() -> leads.create(lead("Someone Else", null, "ANI@" + suffix + ".test", null))))
                .isInstanceOfSatisfying(DuplicateWarning.class, w -> assertThat(w.candidates())
                        .extracting(DuplicateCandidate::id).containsExactly(first.id()));
        assertThat(firms.asSystem(firms.firmA, () -> jdbc.queryForObject("select count(*) from lead", Long.class)))
                .isEqualTo(leadsBefore + 1);
        assertThat(staff(() -> leads.create(lead(variant, null, null, null), true)).name()).isEqualTo(variant);
    }

    @Test
    void mergingClientsMovesConvertedLeadsToTheSurvivor() {
        LeadView lead = won(lead("Merge Me " + suffix, null, null, null));
        UUID converted = staff(() -> leadConversions.convert(lead.id(), null)).clientId();

        firms.as(firms.adminOfA(), () -> clientMerges.merge(firms.clientA2, converted));

        assertThat(staff(() -> leads.get(lead.id())).clientId()).isEqualTo(firms.clientA2);
    }
}
