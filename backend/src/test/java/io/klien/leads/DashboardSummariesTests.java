package io.klien.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientSummaries;
import io.klien.clients.Clients;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class DashboardSummariesTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired Leads leads;
    @Autowired PipelineStages pipelineStages;
    @Autowired LeadConversions leadConversions;
    @Autowired PipelineSummaries pipeline;
    @Autowired ClientSummaries clientSummaries;
    @Autowired TransactionTemplate tx;

    @Test
    void theDashboardSumsTheFirmsPipelineAndListsMyDueFollowUps() {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);
        LeadView due = firms.as(firms.staffOfA(), () -> leads.create(details("Due Yesterday", "100", firms.staffA,
                leads.today().minusDays(1), leads.today().minusDays(20)), true));
        firms.as(firms.staffOfA(), () -> leads.create(details("Someone Elses", "50", firms.adminA,
                leads.today().minusDays(1), leads.today().minusDays(5)), true));
        LeadView winner = firms.as(firms.staffOfA(), () -> leads.create(details("Winner", "300", firms.staffA,
                null, leads.today().minusDays(12)), true));
        firms.as(firms.staffOfA(), () -> {
            LeadStageView won = pipelineStages.stages().stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
            leads.moveToStage(winner.id(), won.id());
            return leadConversions.convert(winner.id(), null);
        });
        firms.as(firms.adminOfB(), () -> leads.create(details("Other Firm", "999", firms.adminB, null, null), true));

        PipelineSummary summary = firms.as(firms.staffOfA(), pipeline::summary);

        PipelineSummary.StageTotal first = summary.stages().getFirst();
        assertThat(first.leads()).isEqualTo(2);
        assertThat(first.values()).containsExactly(new PipelineSummary.Amount("IDR", new BigDecimal("150.00")));
        assertThat(summary.myFollowUps()).extracting(LeadView::id).containsExactly(due.id());
        assertThat(summary.startedLast90Days()).isEqualTo(3);
        assertThat(summary.wonLast90Days()).isEqualTo(1);
        assertThat(summary.conversionRate()).isEqualTo(1.0 / 3);
        assertThat(summary.medianSalesCycleDays()).isEqualTo(12.0);
    }

    @Test
    void clientsAreCountedByStatusAndThoseWithoutARepresentativeAreListed() {
        TwoFirms firms = new TwoFirms(tenants, memberships, clients, tx);

        var byStatus = firms.as(firms.staffOfA(), clientSummaries::byStatus);
        var unrepresented = firms.as(firms.staffOfA(), () -> clientSummaries.withoutRepresentative(5));

        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(byStatus).containsKey(ClientStatus.ACTIVE);
        assertThat(unrepresented.total()).isEqualTo(2);
        assertThat(unrepresented.first()).extracting(c -> c.id()).containsExactlyInAnyOrder(firms.clientA1, firms.clientA2);
    }

    private static LeadDetails details(String name, String value, String owner, java.time.LocalDate followUp,
            java.time.LocalDate firstContact) {
        return new LeadDetails(name, ClientKind.ORGANIZATION, null, null, null, LeadSource.REFERRAL, null,
                new BigDecimal(value), "IDR", owner, followUp, firstContact);
    }
}
