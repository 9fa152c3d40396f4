package io.klien.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.leads.LeadConverted;
import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.leads.LeadStageChanged;
import io.klien.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The lead aggregate moves through stages and is converted once; each step is recorded as an event. */
class LeadRulesTests {

    private static final UUID NEW_CONTACT = UUID.randomUUID();
    private static final UUID WON = UUID.randomUUID();

    private static Lead lead() {
        return Lead.create(new LeadDetails("Rina", ClientKind.INDIVIDUAL, null, null, null, LeadSource.REFERRAL, null,
                null, null, null, null, null), NEW_CONTACT, LocalDate.of(2026, 11, 2), Instant.EPOCH);
    }

    @Test
    void movingToAnotherStageIsRecordedAndToTheSameStageChangesNothing() {
        Lead lead = lead();

        assertThat(lead.moveTo(NEW_CONTACT, null, null)).isFalse();
        assertThat(lead.domainEvents()).isEmpty();

        assertThat(lead.moveTo(WON, LocalDate.of(2026, 12, 1), null)).isTrue();
        assertThat(lead.toView().wonDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(lead.domainEvents()).singleElement().isInstanceOfSatisfying(LeadStageChanged.class, e -> {
            assertThat(e.fromStageId()).isEqualTo(NEW_CONTACT);
            assertThat(e.toStageId()).isEqualTo(WON);
        });
    }

    @Test
    void aConvertedLeadIsConvertedOnceAndStaysWhereItIs() {
        Lead lead = lead();
        UUID client = UUID.randomUUID();

        lead.convertTo(client, true);

        assertThat(lead.clientId()).isEqualTo(client);
        assertThat(lead.domainEvents()).singleElement().isInstanceOfSatisfying(LeadConverted.class, e -> {
            assertThat(e.clientId()).isEqualTo(client);
            assertThat(e.returningCustomer()).isTrue();
        });
        assertThatThrownBy(() -> lead.convertTo(UUID.randomUUID(), false)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("leads.converted"));
        assertThatThrownBy(() -> lead.moveTo(WON, null, null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("leads.converted"));
        assertThat(lead.clientId()).isEqualTo(client);
    }
}
