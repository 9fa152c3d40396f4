package io.klien.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientStatusChanged;
import io.klien.clients.ClientTeamChanged;
import io.klien.clients.ClientUpdated;
import org.junit.jupiter.api.Test;

/** The client aggregate records what its changes did, and records nothing for a change that changes nothing. */
class ClientRulesTests {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aStatusChangeRecordsTheStepAndTheSameStatusChangesNothing() {
        Client client = Client.onboarding("PT Maju Jaya", ClientKind.ORGANIZATION, AT);

        assertThat(client.changeStatus(ClientStatus.ONBOARDING, AT, "staff-1")).isFalse();
        assertThat(client.domainEvents()).isEmpty();

        assertThat(client.changeStatus(ClientStatus.ACTIVE, AT, "staff-1")).isTrue();
        assertThat(client.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(client.domainEvents()).singleElement().isInstanceOfSatisfying(ClientStatusChanged.class, e -> {
            assertThat(e.from()).isEqualTo(ClientStatus.ONBOARDING);
            assertThat(e.to()).isEqualTo(ClientStatus.ACTIVE);
            assertThat(e.by()).isEqualTo("staff-1");
        });
    }

    @Test
    void anEditRecordsOnlyTheFieldsItChangedWithTheCustomValues() {
        Client client = Client.create("PT Maju Jaya", ClientKind.ORGANIZATION, AT);

        client.change("PT Maju Jaya", ClientKind.ORGANIZATION, null, false, List.of(), List.of(), null, List.of());
        assertThat(client.domainEvents()).isEmpty();

        client.change("PT Maju Jaya Tbk", ClientKind.ORGANIZATION, null, false, List.of(), List.of("retainer"), null,
                List.of(new FieldChange("custom.tax-number", null, "01.234")));
        assertThat(client.domainEvents()).singleElement().isInstanceOfSatisfying(ClientUpdated.class, e -> {
            assertThat(e.before()).isEqualTo("name=PT Maju Jaya, tags=[], custom.tax-number=null");
            assertThat(e.after()).isEqualTo("name=PT Maju Jaya Tbk, tags=[retainer], custom.tax-number=01.234");
        });
    }

    @Test
    void aNewRepresentativeIsRecordedAndTheSameOneIsNot() {
        Client client = Client.create("PT Maju Jaya", ClientKind.ORGANIZATION, AT);

        client.assignRepresentative("staff-1");
        client.assignRepresentative("staff-1");

        assertThat(client.domainEvents()).singleElement().isInstanceOfSatisfying(ClientTeamChanged.class, e -> {
            assertThat(e.change()).isEqualTo(ClientTeamChanged.Change.REPRESENTATIVE);
            assertThat(e.before()).isNull();
            assertThat(e.after()).isEqualTo("staff-1");
        });
    }
}
