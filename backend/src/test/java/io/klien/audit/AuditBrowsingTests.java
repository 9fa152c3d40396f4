package io.klien.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant admins browse their firm's log a page at a time, newest first, narrowed by action, actor, target and time. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditBrowsingTests {

    @Autowired AuditLog audit;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;

    TwoFirms firms;
    final List<AuditEntryView> recorded = new ArrayList<>();

    @BeforeAll
    void aFirmWithSomeHistory() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        record(firms.adminOfA(), "Rina Admin", "branding.changed", "tenant");
        record(firms.staffOfA(), "Budi Staff", "client.created", "client");
        record(firms.staffOfA(), "Budi Staff", "client.renamed", "client");
        record(firms.adminOfA(), "Rina Admin", "membership.role-changed", "membership");
        record(firms.adminOfA(), "Rina Admin", "memberships.synced", "membership");
        record(Scope.system(firms.firmA), null, "client.reminded", "client");
    }

    @Test
    void anActionMatchesExactlyOrAsAPrefix() {
        assertThat(actions(AuditFilter.all().withActionPrefix("client.")))
                .containsExactly("client.reminded", "client.renamed", "client.created");
        assertThat(actions(AuditFilter.all().withAction("client.created"))).containsExactly("client.created");
        assertThat(actions(AuditFilter.all().withAction("client."))).isEmpty();
        assertThat(actions(AuditFilter.all().withActionPrefix("membership.")))
                .containsExactly("membership.role-changed", "membership.added", "membership.added");
    }

    @Test
    void wildcardCharactersInAFilterMatchOnlyThemselves() {
        assertThat(actions(AuditFilter.all().withActionPrefix("membership_"))).isEmpty();
        assertThat(actions(AuditFilter.all().withActionPrefix("%"))).isEmpty();
        assertThat(actions(AuditFilter.all().withActor("_"))).isEmpty();
    }

    @Test
    void theActorMatchesPartOfTheNameOrSubjectIgnoringCase() {
        assertThat(actions(AuditFilter.all().withActor("bUDi")))
                .containsExactly("client.renamed", "client.created");
        assertThat(actions(AuditFilter.all().withActor(firms.adminA.toUpperCase())))
                .containsExactly("memberships.synced", "membership.role-changed", "branding.changed");
        assertThat(actions(AuditFilter.all().withActor("budi").withActionPrefix("client.ren")))
                .containsExactly("client.renamed");
    }

    @Test
    void theTargetTypeAndTimeRangeNarrowTheLog() {
        Instant from = recorded.get(1).occurredAt();
        Instant to = recorded.get(4).occurredAt();
        List<String> expectedInRange = recorded.stream()
                .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to))
                .sorted(Comparator.comparing(AuditEntryView::seq).reversed()).map(AuditEntryView::action).toList();

        assertThat(actions(AuditFilter.all().withTargetType("client")))
                .containsExactly("client.reminded", "client.renamed", "client.created");
        assertThat(actions(AuditFilter.all().between(from, to))).isNotEmpty().containsExactlyElementsOf(expectedInRange)
                .contains("client.created").doesNotContain("memberships.synced", "branding.changed");
        assertThat(actions(AuditFilter.all().withTargetType("client").between(from, to))).doesNotContain("client.reminded");
    }

    @Test
    void theLogPagesNewestFirst() {
        Page<AuditEntryView> first = browseAsAdmin(AuditFilter.all(), PageRequest.of(0, 3));
        Page<AuditEntryView> second = browseAsAdmin(AuditFilter.all(), PageRequest.of(1, 3));
        long total = recorded.getLast().seq();

        assertThat(first.getContent()).hasSize(3);
        assertThat(second.getContent()).hasSize(3);
        assertThat(first.getTotalElements()).isEqualTo(total);
        assertThat(first.getContent()).extracting(AuditEntryView::id)
                .doesNotContainAnyElementsOf(second.getContent().stream().map(AuditEntryView::id).toList());
        assertThat(first.getContent().getFirst().seq()).isEqualTo(total);
        assertThat(first.getContent().getLast().seq()).isGreaterThan(second.getContent().getFirst().seq());
        assertThat(first.getContent()).extracting(AuditEntryView::occurredAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(first.getContent().getFirst().actorName()).isNull();
        assertThat(first.getContent().get(1).actorName()).isEqualTo("Rina Admin");
    }

    @Test
    void staffCannotBrowseOrVerifyTheLog() {
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> audit.browse(AuditFilter.all(), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), audit::verify)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(Scope.person("someone-" + UUID.randomUUID(), false), audit::verify))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWholeLogIsNeverLoadedAtOnce() {
        assertThatThrownBy(() -> browseAsAdmin(AuditFilter.all(), Pageable.unpaged()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void record(Scope scope, String actorName, String action, String targetType) {
        try (var request = AuditRequestContext.bind("198.51.100.4", "Firefox/140", actorName)) {
            recorded.add(firms.as(scope, () -> audit.record(new AuditRecord(action, targetType, null, null, null))));
        }
    }

    private List<String> actions(AuditFilter filter) {
        return browseAsAdmin(filter, PageRequest.of(0, 100)).map(AuditEntryView::action).getContent();
    }

    private Page<AuditEntryView> browseAsAdmin(AuditFilter filter, Pageable pageable) {
        return firms.as(firms.adminOfA(), () -> audit.browse(filter, pageable));
    }
}
