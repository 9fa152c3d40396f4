package io.klien.onboarding;

import static io.klien.onboarding.OnboardingFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.klien.audit.AuditEntryView;
import io.klien.audit.AuditFilter;
import io.klien.audit.AuditLog;
import io.klien.clients.Clients;
import io.klien.shared.DomainException;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.Tenants;
import io.klien.tenancy.TwoFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Conflict decisions, waivers and identity verifications land in the firm's audit chain with who decided. */
@SpringBootTest
class OnboardingAuditTrailTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;
    @Autowired AuditLog audit;

    TwoFirms firms;
    OnboardingFixture f;
    UUID conflict;
    UUID kyc;

    @BeforeEach
    void anOnboardingWithAConflictCheckAndKyc() {
        firms = new TwoFirms(tenants, memberships, clients, tx);
        f = new OnboardingFixture(firms, clients, templates, jdbc);
        UUID client = f.newClient("Kopi Nusantara");
        UUID template = f.publishedTemplate("Checks",
                StepDefinition.of("conflict", "Conflict check", StepType.CONFLICT_CHECK, StepSide.FIRM),
                StepDefinition.of("kyc", "Identity", StepType.KYC, StepSide.FIRM));
        Checklist started = f.staff(() -> onboardings.start(client, template));
        conflict = step(started, "conflict").id();
        kyc = step(started, "kyc").id();
        f.staff(() -> steps.runConflictCheck(conflict, List.of()));
    }

    List<AuditEntryView> entries(String actionPrefix) {
        return firms.as(firms.adminOfA(), () -> audit.browse(AuditFilter.all().withActionPrefix(actionPrefix),
                PageRequest.of(0, 20))).getContent();
    }

    @Test
    void aConflictFoundAndThenWaivedIsRecordedTwiceWithTheWaiversReason() {
        f.staff(() -> steps.decideConflict(conflict, ConflictDecision.CONFLICT, "Acts against us"));
        f.staff(() -> steps.decideConflict(conflict, ConflictDecision.WAIVED, "Both parties consented in writing"));

        assertThat(entries("onboarding.conflict")).extracting(AuditEntryView::action)
                .containsExactly("onboarding.conflict-waived", "onboarding.conflict-confirmed");
        assertThat(entries("onboarding.conflict-waived")).singleElement().satisfies(e -> {
            assertThat(e.targetType()).isEqualTo("onboarding-step");
            assertThat(e.targetId()).isEqualTo(conflict.toString());
            assertThat(e.after()).contains("decision=WAIVED").contains("reason=Both parties consented in writing");
            assertThat(e.actorSubject()).isEqualTo(firms.staffA);
        });
        assertThat(firms.as(firms.adminOfA(), audit::verify).intact()).isTrue();
    }

    @Test
    void aClearedConflictIsRecorded() {
        f.staff(() -> steps.decideConflict(conflict, ConflictDecision.CLEAR, null));

        assertThat(entries("onboarding.conflict")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("onboarding.conflict-cleared");
            assertThat(e.after()).startsWith("decision=CLEAR, onboarding=").doesNotContain("reason=");
        });
    }

    @Test
    void anIdentityVerificationIsRecordedWithoutTheDocumentNumber() {
        f.staff(() -> steps.decideConflict(conflict, ConflictDecision.CLEAR, null));
        f.staff(() -> steps.recordKyc(kyc, new KycRecord(KycMethod.VIDEO_CALL, IdentityDocumentType.PASSPORT,
                "X1234567", LocalDate.of(2026, 11, 30), null)));

        assertThat(entries("onboarding.kyc")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("onboarding.kyc-recorded");
            assertThat(e.targetId()).isEqualTo(kyc.toString());
            assertThat(e.after()).contains("method=VIDEO_CALL", "document=PASSPORT", "verifiedOn=2026-11-30")
                    .doesNotContain("X1234567");
            assertThat(e.actorSubject()).isEqualTo(firms.staffA);
        });
    }

    @Test
    void aRefusedDecisionLeavesNoEntry() {
        assertThatThrownBy(() -> f.staff(() -> steps.decideConflict(conflict, ConflictDecision.WAIVED, " ")))
                .isInstanceOf(DomainException.class);

        assertThat(entries("onboarding.")).isEmpty();
    }
}
