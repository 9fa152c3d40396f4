package io.klien.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.klien.clients.ClientStatus;
import io.klien.clients.ClientSummaries;
import io.klien.clients.Clients;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The staff dashboard counts clients by status, so a running onboarding must show in the client's status. */
@SpringBootTest
class OnboardingClientStatusTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired ClientSummaries summaries;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;

    OnboardingFixture f;

    @BeforeEach
    void firms() {
        f = new OnboardingFixture(new TwoFirms(tenants, memberships, clients, tx), clients, templates, jdbc);
    }

    @Test
    void anActiveClientWhoseOnboardingStartsIsCountedAsOnboarding() {
        Map<ClientStatus, Long> before = f.staff(summaries::byStatus);
        assertThat(before).containsEntry(ClientStatus.ACTIVE, 2L).containsEntry(ClientStatus.ONBOARDING, 0L);

        f.staff(() -> onboardings.start(f.firms.clientA1, f.lawTemplate()));

        assertThat(f.staff(summaries::byStatus)).containsEntry(ClientStatus.ONBOARDING, 1L)
                .containsEntry(ClientStatus.ACTIVE, 1L);
        assertThat(f.staff(() -> clients.profile(f.firms.clientA1)).status()).isEqualTo(ClientStatus.ONBOARDING);
        assertThat(f.staff(() -> clients.statusHistory(f.firms.clientA1))).last().satisfies(change -> {
            assertThat(change.fromStatus()).isEqualTo(ClientStatus.ACTIVE);
            assertThat(change.toStatus()).isEqualTo(ClientStatus.ONBOARDING);
            assertThat(change.changedBy()).isEqualTo(f.firms.staffA);
        });
    }
}
