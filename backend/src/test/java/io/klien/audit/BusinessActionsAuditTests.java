package io.klien.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.clients.ClientChanges;
import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.ClientProfile;
import io.klien.clients.ClientStatus;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.clients.CustomFieldDefinition;
import io.klien.clients.CustomFieldType;
import io.klien.clients.CustomFieldView;
import io.klien.clients.CustomFields;
import io.klien.clients.StatusChangeView;
import io.klien.leads.LeadConversion;
import io.klien.leads.LeadConversions;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.PipelineStages;
import io.klien.leads.StageKind;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Business actions on clients and leads land in the firm's audit chain with what changed, before and after, and who
 * did it: edits of the record (custom values included), status changes, contacts, representative and account team,
 * lead conversions. Nothing is recorded for an edit that changes nothing.
 */
@SpringBootTest
class BusinessActionsAuditTests {

    @Autowired AuditLog audit;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientContacts clientContacts;
    @Autowired CustomFields customFields;
    @Autowired Leads leads;
    @Autowired PipelineStages pipelineStages;
    @Autowired LeadConversions leadConversions;
    @Autowired TransactionTemplate tx;

    TwoFirms firms;

    @BeforeEach
    void firms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
    }

    List<AuditEntryView> entries(String action) {
        return firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all().withAction(action), PageRequest.of(0, 10)))
                .getContent();
    }

    @Test
    void editingAClientRecordsOnlyTheChangedFieldsBeforeAndAfter() {
        CustomFieldView field = firms.as(firms.adminOfA(), () -> customFields.define(
                new CustomFieldDefinition("Tax number", CustomFieldType.TEXT, false, List.of())));
        ClientProfile before = firms.as(firms.staffOfA(), () -> clients.profile(firms.clientA1));

        firms.as(firms.staffOfA(), () -> clients.updateProfile(firms.clientA1, before.version(), new ClientChanges(
                before.name(), before.kind(), null, before.exclusive(), List.of(), List.of("retainer"),
                "Prefers mornings", Map.of(field.key(), "01.234.567.8-901.000"))));

        assertThat(entries("client.updated")).singleElement().satisfies(e -> {
            assertThat(e.targetType()).isEqualTo("client");
            assertThat(e.targetId()).isEqualTo(firms.clientA1.toString());
            assertThat(e.before()).isEqualTo("tags=[], preferences=null, custom." + field.key() + "=null");
            assertThat(e.after()).isEqualTo("tags=[retainer], preferences=Prefers mornings, custom." + field.key()
                    + "=01.234.567.8-901.000");
            assertThat(e.actorSubject()).isEqualTo(firms.staffA);
        });

        ClientProfile unchanged = firms.as(firms.staffOfA(), () -> clients.profile(firms.clientA1));
        firms.as(firms.staffOfA(), () -> clients.updateProfile(firms.clientA1, unchanged.version(), new ClientChanges(
                unchanged.name(), unchanged.kind(), null, unchanged.exclusive(), List.of(), List.of("retainer"),
                "Prefers mornings")));
        assertThat(entries("client.updated")).hasSize(1);
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).isTrue();
    }

    @Test
    void changingAClientsStatusIsRecordedWithTheOldAndNewStatus() {
        firms.as(firms.staffOfA(), () -> clients.changeStatus(firms.clientA1, ClientStatus.PAUSED));
        firms.as(firms.staffOfA(), () -> clients.changeStatus(firms.clientA1, ClientStatus.PAUSED));

        assertThat(entries("client.status-changed")).singleElement().satisfies(e -> {
            assertThat(e.targetId()).isEqualTo(firms.clientA1.toString());
            assertThat(e.before()).isEqualTo("status=ACTIVE");
            assertThat(e.after()).isEqualTo("status=PAUSED");
            assertThat(e.actorSubject()).isEqualTo(firms.staffA);
        });
        assertThat(firms.as(firms.staffOfA(), () -> clients.statusHistory(firms.clientA1)))
                .extracting(StatusChangeView::toStatus).containsExactly(ClientStatus.PAUSED);
    }

    @Test
    void contactsAddedEditedAndMadePrimaryAreRecordedWithTheContactBeforeAndAfter() {
        ContactView first = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Sari Wijaya", "sari@maju.test", null, "Director"), false));
        ContactView second = firms.as(firms.staffOfA(), () -> clientContacts.addContact(firms.clientA1,
                new ContactDetails("Budi Santoso", "budi@maju.test", null, null), false));
        firms.as(firms.staffOfA(), () -> clientContacts.updateContact(first.id(), first.version(),
                new ContactDetails("Sari Wijaya", "sari.w@maju.test", null, "Director")));
        firms.as(firms.staffOfA(), () -> clientContacts.makePrimary(second.id()));

        assertThat(entries("client.contact-added")).hasSize(2).anySatisfy(e -> {
            assertThat(e.targetType()).isEqualTo("client-contact");
            assertThat(e.targetId()).isEqualTo(first.id().toString());
            assertThat(e.before()).isNull();
            assertThat(e.after()).isEqualTo("client=" + firms.clientA1
                    + ", name=Sari Wijaya, email=sari@maju.test, phone=null, role=Director");
        });
        assertThat(entries("client.contact-updated")).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo("name=Sari Wijaya, email=sari@maju.test, phone=null, role=Director");
            assertThat(e.after()).isEqualTo("client=" + firms.clientA1
                    + ", name=Sari Wijaya, email=sari.w@maju.test, phone=null, role=Director");
        });
        assertThat(entries("client.contact-made-primary")).singleElement().satisfies(e -> {
            assertThat(e.targetId()).isEqualTo(second.id().toString());
            assertThat(e.before()).isEqualTo("primary=false");
        });
    }

    @Test
    void representativeAndAccountTeamChangesAreRecorded() {
        firms.as(firms.staffOfA(), () -> clientContacts.assignRepresentative(firms.clientA1, firms.staffA));
        firms.as(firms.staffOfA(), () -> clientContacts.assignRepresentative(firms.clientA1, firms.adminA));
        firms.as(firms.staffOfA(), () -> clientContacts.addToAccountTeam(firms.clientA1, firms.staffA));
        firms.as(firms.staffOfA(), () -> clientContacts.removeFromAccountTeam(firms.clientA1, firms.staffA));

        assertThat(entries("client.representative-changed")).hasSize(2).anySatisfy(e -> {
            assertThat(e.before()).isEqualTo("representative=" + firms.staffA);
            assertThat(e.after()).isEqualTo("representative=" + firms.adminA);
        });
        assertThat(entries("client.team-member-added")).singleElement().satisfies(e -> {
            assertThat(e.targetId()).isEqualTo(firms.clientA1.toString());
            assertThat(e.before()).isNull();
            assertThat(e.after()).isEqualTo("member=" + firms.staffA);
        });
        assertThat(entries("client.team-member-removed")).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo("member=" + firms.staffA);
            assertThat(e.after()).isNull();
        });
    }

    @Test
    void convertingAWonLeadIsRecordedWithTheClientItBecame() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LeadView lead = firms.as(firms.staffOfA(), () -> leads.create(new LeadDetails("Rina " + suffix,
                ClientKind.ORGANIZATION, "PT Baru " + suffix, "rina-" + suffix + "@baru.test", null, LeadSource.REFERRAL,
                null, new BigDecimal("1000"), "USD", null, null, LocalDate.of(2026, 1, 5)), true));
        UUID won = firms.as(firms.staffOfA(), () -> pipelineStages.stages()).stream()
                .filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow().id();
        firms.as(firms.staffOfA(), () -> leads.moveToStage(lead.id(), won));

        LeadConversion conversion = firms.as(firms.staffOfA(), () -> leadConversions.convert(lead.id(), null));

        assertThat(entries("lead.converted")).singleElement().satisfies(e -> {
            assertThat(e.targetType()).isEqualTo("lead");
            assertThat(e.targetId()).isEqualTo(lead.id().toString());
            assertThat(e.before()).isEqualTo("client=none");
            assertThat(e.after()).isEqualTo("client=" + conversion.clientId() + ", returningCustomer=false");
            assertThat(e.actorSubject()).isEqualTo(firms.staffA);
        });
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).isTrue();
    }
}
