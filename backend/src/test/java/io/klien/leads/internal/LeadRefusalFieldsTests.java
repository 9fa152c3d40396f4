package io.klien.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;

import io.klien.leads.LeadDetails;
import io.klien.leads.LeadSource;
import io.klien.clients.ClientKind;
import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A lead's refusals name the {@link LeadDetails} property they are about, so the lead form marks that input. */
class LeadRefusalFieldsTests {

    private static @Nullable String fieldOf(String name, @Nullable String organization, @Nullable String email,
            @Nullable String phone, @Nullable BigDecimal value, @Nullable String currency) {
        LeadDetails details = new LeadDetails(name, ClientKind.ORGANIZATION, organization, email, phone,
                LeadSource.OTHER, null, value, currency, null, null, null);
        return catchThrowableOfType(DomainException.class, () -> LeadService.validated(details, "owner")).field()
                .orElse(null);
    }

    @Test
    void eachLeadRuleNamesItsInput() {
        assertThat(fieldOf(" ", null, null, null, null, null)).isEqualTo("name");
        assertThat(fieldOf("Lead", "o".repeat(201), null, null, null, null)).isEqualTo("organization");
        assertThat(fieldOf("Lead", null, "lead@", null, null, null)).isEqualTo("email");
        assertThat(fieldOf("Lead", null, null, "12", null, null)).isEqualTo("phone");
        assertThat(fieldOf("Lead", null, null, null, new BigDecimal("-1"), "IDR")).isEqualTo("estimatedValue");
        assertThat(fieldOf("Lead", null, null, null, BigDecimal.ONE, null)).isEqualTo("currency");
        assertThat(fieldOf("Lead", null, null, null, BigDecimal.ONE, "XQZ")).isEqualTo("currency");
    }
}
