package io.klien.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.klien.clients.Clients;
import io.klien.notifications.NotificationTestBeans;
import io.klien.notifications.ReminderRun;
import io.klien.projects.NewSupportRequest;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportRequests;
import io.klien.shared.cluster.ClusterLock;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The scheduled check records the breaches of requests nobody touched, in every firm, as the system. */
@SpringBootTest
@Import(NotificationTestBeans.class)
class SupportBreachScheduleTests {

    @Autowired SupportRequests support;
    @Autowired ReminderRun firms;
    @Autowired ClusterLock lock;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRunRecordsTheBreachesOfWaitingRequestsInEveryFirm() {
        TwoFirms two = new TwoFirms(tenants, memberships, clients, tx);
        SupportRequestView late = two.as(two.staffOfA(), () -> support.raise(new NewSupportRequest(two.clientA1,
                null, "Billing", SupportPriority.URGENT, "Waiting"), List.of()));
        SupportRequestView fresh = two.as(two.staffOfA(), () -> support.raise(new NewSupportRequest(two.clientA1,
                null, "Billing", SupportPriority.LOW, "Just raised"), List.of()));
        Instant passed = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        two.asSystem(two.firmA, () -> jdbc.update("update support_request set first_response_due = ? where id = ?",
                Timestamp.from(passed), late.id()));

        new SupportBreachSchedule(firms, support, lock).recordBreaches();

        assertThat(two.as(two.staffOfA(), () -> support.get(late.id())).firstResponseBreachedAt()).isEqualTo(passed);
        assertThat(two.as(two.staffOfA(), () -> support.get(fresh.id())).breached()).isFalse();
    }
}
