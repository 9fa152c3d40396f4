package io.klien.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.NewClient;
import io.klien.notifications.CapturingMailSender;
import io.klien.notifications.NotificationTestBeans;
import io.klien.shared.FirmRole;
import io.klien.shared.events.OutstandingEvents;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** The kickoff invitation survives a mail server that is down: resubmitted, each attendee gets it exactly once. */
@SpringBootTest
@Import(NotificationTestBeans.class)
class KickoffMailDeliveryTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;
    @Autowired CapturingMailSender mail;
    @Autowired OutstandingEvents outstanding;

    Scope staff;
    UUID kickoff;
    String budi;
    String siti;

    <T> T as(Scope scope, Supplier<T> work) {
        return TenantContext.callIn(scope, () -> tx.execute(s -> work.get()));
    }

    @BeforeEach
    void aFirmWithAKickoffToSchedule() {
        String slug = "kickoff-" + UUID.randomUUID().toString().substring(0, 8);
        UUID firm = as(Scope.system(null), () -> tenants.create(new NewFirm(slug, "Hartono " + slug, TenantKind.LAW_FIRM,
                "en", "Asia/Jakarta")).id());
        String subject = "lena-" + slug;
        as(Scope.system(firm), () -> memberships.add(new NewMember(subject, "lena@" + slug + ".test", "Lena Hartono",
                FirmRole.TENANT_ADMIN, null, MembershipStatus.ACTIVE)));
        staff = Scope.member(firm, subject, "TENANT_ADMIN", null, false);
        UUID client = as(staff, () -> clients.create(new NewClient("PT Maju Jaya", ClientKind.ORGANIZATION, null, null,
                true)).id());
        TemplateView created = as(staff, () -> templates.create(new TemplateDefinition("Kickoff only", null, null, null,
                List.of(StepDefinition.of("kickoff", "Kickoff", StepType.KICKOFF_MEETING, StepSide.FIRM),
                        StepDefinition.of("later", "Later", StepType.INTERNAL_TASK, StepSide.FIRM)))));
        as(staff, () -> templates.publish(created.templateId(), created.revision()));
        kickoff = as(staff, () -> onboardings.start(client, created.templateId())).steps().getFirst().id();
        budi = "budi-" + slug + "@maju-jaya.test";
        siti = "siti-" + slug + "@maju-jaya.test";
        mail.failing(false);
    }

    @AfterEach
    void mailServerUp() {
        mail.failing(false);
    }

    @Test
    void aKickoffInvitationThatCouldNotBeMailedGoesOutOnResubmissionOncePerAttendee() {
        mail.failing(true);
        StepView scheduled = as(staff, () -> steps.scheduleKickoff(kickoff, new KickoffMeeting(LocalDate.of(2026, 12, 1),
                LocalTime.of(9, 0), 60, "Office", null, List.of(budi, siti))));
        assertThat(scheduled.state()).as("the meeting stays scheduled").isEqualTo(StepState.DONE);
        assertThat(mail.sentTo(budi)).isEmpty();

        mail.failing(false);
        outstanding.resubmitOlderThan(Duration.ZERO, p -> p.getEvent() instanceof KickoffScheduled k
                && k.stepId().equals(kickoff));
        outstanding.resubmitOlderThan(Duration.ZERO, p -> p.getEvent() instanceof KickoffScheduled k
                && k.stepId().equals(kickoff));

        assertThat(mail.sentTo(budi)).singleElement().satisfies(m -> assertThat(m.body()).contains("BEGIN:VCALENDAR"));
        assertThat(mail.sentTo(siti)).hasSize(1);
    }
}
