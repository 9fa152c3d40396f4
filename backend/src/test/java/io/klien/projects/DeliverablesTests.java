package io.klien.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.clients.Clients;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff submit versions of a deliverable; the client approves one or asks for changes. Decisions are final and keep
 * their evidence; a superseded version cannot be decided; two decisions at once leave exactly one.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliverablesTests {

    @Autowired Projects projects;
    @Autowired Deliverables deliverables;
    @Autowired Documents documents;
    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    TwoFirms firms;
    Scope budi;
    Scope sari;
    Scope clientUserOfA2;

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @BeforeAll
    void twoFirms() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        budi = Scope.member(firms.firmA, "budi-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);
        sari = Scope.member(firms.firmA, "sari-" + UUID.randomUUID(), "CLIENT", firms.clientA1, false);
        clientUserOfA2 = Scope.member(firms.firmA, "other-" + UUID.randomUUID(), "CLIENT", firms.clientA2, false);
    }

    private DeliverableView deliverable(String title) {
        ProjectView project = firms.as(firms.staffOfA(), () -> projects.create(new NewProject(firms.clientA1,
                ProjectKind.PROJECT, "Brand refresh " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2027, 1, 1), null, null)));
        return firms.as(firms.staffOfA(), () -> deliverables.add(project.id(), new NewDeliverable(title, null, null)));
    }

    private DeliverableVersionView submitPng(UUID deliverableId) {
        ReceivedUpload upload = firms.as(firms.staffOfA(), () -> documents.receive("logo.png", "image/png",
                new ByteArrayInputStream(PNG), Deliverables.FILES));
        try (upload) {
            return firms.as(firms.staffOfA(), () -> deliverables.submitFile(deliverableId, upload, "Second round"));
        }
    }

    @Test
    void changesThenApprovalLeaveTheEvidenceOfTheExactVersion() {
        DeliverableView logo = deliverable("Logo");
        DeliverableVersionView first = firms.as(firms.staffOfA(), () -> deliverables.submitLink(logo.id(),
                "https://figma.example/file/logo-v1", "First ideas"));
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.state()).isEqualTo(VersionState.IN_REVIEW);

        DeliverableVersionView changes = firms.as(budi, () -> deliverables.requestChanges(first.id(),
                "Make the mark bolder"));
        assertThat(changes.state()).isEqualTo(VersionState.CHANGES_REQUESTED);
        assertThat(changes.revisionRound()).isEqualTo(1);

        DeliverableVersionView second = submitPng(logo.id());
        DeliverableVersionView approved = firms.as(budi, () -> deliverables.approve(second.id(), "Perfect"));

        assertThat(approved.state()).isEqualTo(VersionState.APPROVED);
        assertThat(approved.number()).isEqualTo(2);
        assertThat(approved.decidedBy()).isEqualTo(budi.subject());
        assertThat(approved.decidedAt()).isNotNull();
        assertThat(approved.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(PNG)));
        assertThat(approved.documentId()).isNotNull();
        assertThat(firms.as(firms.staffOfA(), () -> deliverables.revisionRounds(logo.projectId()))).isEqualTo(1);
        assertThat(firms.as(budi, () -> deliverables.get(logo.id())).versions())
                .extracting(DeliverableVersionView::number, DeliverableVersionView::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, VersionState.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(1, VersionState.CHANGES_REQUESTED));
        assertThat(firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all(), PageRequest.of(0, 50)))
                .getContent()).anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("project.deliverable-approved");
                    assertThat(e.after()).contains("sha256=" + approved.sha256()).contains(budi.subject());
                });
    }

    @Test
    void anApprovedVersionIsNeverReplacedOnlyFollowedByANewOneWithItsOwnReview() {
        DeliverableView brochure = deliverable("Brochure");
        DeliverableVersionView v1 = firms.as(firms.staffOfA(), () -> deliverables.submitLink(brochure.id(),
                "https://drive.example/brochure-v1.pdf", null));
        firms.as(budi, () -> deliverables.approve(v1.id(), null));

        assertThatThrownBy(() -> firms.as(sari, () -> deliverables.requestChanges(v1.id(), "Too late?")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.version.already-decided[");
        DeliverableVersionView v2 = firms.as(firms.staffOfA(), () -> deliverables.submitLink(brochure.id(),
                "https://drive.example/brochure-v2.pdf", "Reprint with the new address"));

        List<DeliverableVersionView> all = firms.as(firms.staffOfA(), () -> deliverables.get(brochure.id())).versions();
        assertThat(all).extracting(DeliverableVersionView::state)
                .containsExactly(VersionState.IN_REVIEW, VersionState.APPROVED);
        assertThat(v2.number()).isEqualTo(2);
        assertThatThrownBy(() -> firms.asSystem(firms.firmA, () -> jdbc.update(
                "delete from deliverable_version where id = ?", v1.id())))
                .as("versions are evidence").isInstanceOf(DataAccessException.class);
    }

    @Test
    void aVersionSupersededBeforeTheDecisionCannotBeDecided() {
        DeliverableView site = deliverable("Website mock-up");
        DeliverableVersionView v1 = firms.as(firms.staffOfA(), () -> deliverables.submitLink(site.id(),
                "https://figma.example/site-v1", null));
        DeliverableVersionView v2 = firms.as(firms.staffOfA(), () -> deliverables.submitLink(site.id(),
                "https://figma.example/site-v2", "Fixed the footer before you looked"));

        assertThatThrownBy(() -> firms.as(budi, () -> deliverables.approve(v1.id(), null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.version.superseded[");
        assertThat(firms.as(budi, () -> deliverables.get(site.id())).versions())
                .extracting(DeliverableVersionView::id, DeliverableVersionView::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(v2.id(), VersionState.IN_REVIEW),
                        org.assertj.core.groups.Tuple.tuple(v1.id(), VersionState.SUPERSEDED));
    }

    @Test
    void twoPeopleDecidingAtOnceLeaveExactlyOneDecisionAndTheOtherAClearMessage() throws Exception {
        DeliverableView poster = deliverable("Poster");
        DeliverableVersionView v1 = firms.as(firms.staffOfA(), () -> deliverables.submitLink(poster.id(),
                "https://figma.example/poster", null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> both = List.of(
                    pool.submit(() -> decide(start, outcomes, () -> firms.as(budi,
                            () -> deliverables.approve(v1.id(), null)))),
                    pool.submit(() -> decide(start, outcomes, () -> firms.as(sari,
                            () -> deliverables.requestChanges(v1.id(), "Change the colours")))));
            start.countDown();
            for (Future<?> f : both) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(DeliverableVersionView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((DomainException) e).messageKey())
                        .isEqualTo("projects.version.already-decided"));
        VersionState state = firms.as(firms.staffOfA(), () -> deliverables.get(poster.id())).versions().getFirst()
                .state();
        assertThat(state).isIn(VersionState.APPROVED, VersionState.CHANGES_REQUESTED);
    }

    private static void decide(CountDownLatch start, List<Object> outcomes,
            java.util.function.Supplier<DeliverableVersionView> decision) {
        try {
            start.await();
            outcomes.add(decision.get());
        } catch (DomainException e) {
            outcomes.add(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndSavesNothing() {
        DeliverableView report = deliverable("Annual report");

        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> deliverables.submitLink(report.id(),
                "javascript:alert(1)", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("url"));
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> {
            try (ReceivedUpload fake = documents.receive("report.pdf", "application/pdf",
                    new ByteArrayInputStream("not a pdf at all".getBytes(StandardCharsets.UTF_8)), Deliverables.FILES)) {
                return deliverables.submitFile(report.id(), fake, null);
            }
        })).as("a text file named .pdf").isInstanceOf(DomainException.class);
        assertThat(firms.as(firms.staffOfA(), () -> deliverables.get(report.id())).versions()).isEmpty();

        DeliverableVersionView v1 = firms.as(firms.staffOfA(), () -> deliverables.submitLink(report.id(),
                "https://drive.example/report", null));
        assertThatThrownBy(() -> firms.as(budi, () -> deliverables.requestChanges(v1.id(), "  ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("comment"));
        assertThatThrownBy(() -> firms.as(clientUserOfA2, () -> deliverables.approve(v1.id(), null)))
                .as("another client's user").isInstanceOf(DomainException.class)
                .hasMessageStartingWith("projects.version.not-found[");
        assertThatThrownBy(() -> firms.as(clientUserOfA2, () -> deliverables.get(report.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("projects.deliverable.not-found[");
        assertThatThrownBy(() -> firms.as(firms.staffOfA(), () -> deliverables.approve(v1.id(), null)))
                .as("the firm does not approve its own work").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> firms.as(budi, () -> deliverables.submitLink(report.id(), "https://x.example",
                null))).isInstanceOf(AccessDeniedException.class);
        assertThat(firms.as(firms.staffOfA(), () -> deliverables.get(report.id())).versions()).singleElement()
                .satisfies(v -> assertThat(v.state()).isEqualTo(VersionState.IN_REVIEW));
    }

    @Test
    void commentsAreThreadedPerVersion() {
        DeliverableView copy = deliverable("Website copy");
        DeliverableVersionView v1 = firms.as(firms.staffOfA(), () -> deliverables.submitLink(copy.id(),
                "https://docs.example/copy-v1", null));
        DeliverableVersionView v2 = firms.as(firms.staffOfA(), () -> deliverables.submitLink(copy.id(),
                "https://docs.example/copy-v2", null));
        DeliverableCommentView question = firms.as(budi, () -> deliverables.comment(v2.id(), null,
                "Is the second paragraph final?"));
        DeliverableCommentView answer = firms.as(firms.staffOfA(), () -> deliverables.comment(v2.id(),
                question.id(), "Yes, legal checked it."));

        assertThat(firms.as(sari, () -> deliverables.comments(v2.id())))
                .extracting(DeliverableCommentView::body, DeliverableCommentView::parentId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Is the second paragraph final?", null),
                        org.assertj.core.groups.Tuple.tuple("Yes, legal checked it.", question.id()));
        assertThat(answer.authorName()).isEqualTo("Staff A");
        assertThatThrownBy(() -> firms.as(budi, () -> deliverables.comment(v1.id(), question.id(), "Wrong thread")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).hasValue("parentId"));
        assertThat(firms.as(budi, () -> deliverables.comments(v1.id()))).isEmpty();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
