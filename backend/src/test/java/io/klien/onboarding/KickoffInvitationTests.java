package io.klien.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.NewClient;
import io.klien.shared.DomainException;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.MembershipStatus;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.NewMember;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Kickoff meetings are scheduled in the firm's time zone and produce an RFC 5545 invitation. */
@SpringBootTest
class KickoffInvitationTests {

    @Autowired Tenants tenants;
    @Autowired Memberships memberships;
    @Autowired Clients clients;
    @Autowired TransactionTemplate tx;
    @Autowired OnboardingTemplates templates;
    @Autowired Onboardings onboardings;
    @Autowired OnboardingSteps steps;

    UUID firm;
    UUID client;
    Scope staff;
    UUID kickoff;

    <T> T as(Scope scope, Supplier<T> work) {
        return TenantContext.callIn(scope, () -> tx.execute(s -> work.get()));
    }

    @BeforeEach
    void aJakartaFirmWithAKickoffToSchedule() {
        String slug = "jakarta-" + UUID.randomUUID().toString().substring(0, 8);
        firm = as(Scope.system(null), () -> tenants.create(new NewFirm(slug, "Hartono " + slug, TenantKind.LAW_FIRM,
                "id", "Asia/Jakarta")).id());
        String subject = "lena-" + slug;
        as(Scope.system(firm), () -> memberships.add(new NewMember(subject, "lena@" + slug + ".test",
                "Lena Hartono, S.H.", FirmRole.TENANT_ADMIN, null, MembershipStatus.ACTIVE)));
        staff = Scope.member(firm, subject, "TENANT_ADMIN", null, false);
        client = as(staff, () -> clients.create(new NewClient("PT Maju Jaya", ClientKind.ORGANIZATION, null, null, true))
                .id());
        TemplateView created = as(staff, () -> templates.create(new TemplateDefinition("Kickoff only", null, null, null,
                List.of(StepDefinition.of("kickoff", "Kickoff; first meeting", StepType.KICKOFF_MEETING, StepSide.FIRM),
                        StepDefinition.of("later", "Later", StepType.INTERNAL_TASK, StepSide.FIRM)))));
        as(staff, () -> templates.publish(created.templateId(), created.revision()));
        kickoff = as(staff, () -> onboardings.start(client, created.templateId())).steps().getFirst().id();
    }

    KickoffMeeting meeting(String place, String... attendees) {
        return new KickoffMeeting(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), 90, place,
                "https://meet.example.test/kickoff-maju-jaya", List.of(attendees));
    }

    @Test
    void theInvitationIsAFoldedEscapedVeventInUtc() {
        String place = "Menara Hartono, Lantai 5; Ruang Rapat A — Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan";
        StepView scheduled = as(staff, () -> steps.scheduleKickoff(kickoff, meeting(place, "Budi@Maju-Jaya.test",
                "siti@maju-jaya.test", "budi@maju-jaya.test")));
        String ics = as(staff, () -> onboardings.kickoffInvitation(kickoff));

        assertThat(scheduled.state()).isEqualTo(StepState.DONE);
        assertThat(scheduled.kickoff().attendees()).containsExactly("budi@maju-jaya.test", "siti@maju-jaya.test");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> physical = Arrays.asList(ics.split("\r\n"));
        assertThat(physical).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(physical).anyMatch(line -> line.startsWith(" "));
        List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(lines).contains("METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + kickoff + "@klien",
                "DTSTART:20261201T020000Z", "DTEND:20261201T033000Z", "SEQUENCE:0",
                "SUMMARY:Kickoff\\; first meeting: PT Maju Jaya",
                "LOCATION:Menara Hartono\\, Lantai 5\\; Ruang Rapat A — Jl. Jend. Sudirman Kav. 52-53\\, Jakarta Selatan",
                "URL:https://meet.example.test/kickoff-maju-jaya",
                "ORGANIZER;CN=\"Lena Hartono, S.H.\":mailto:lena@" + staff.subject().substring("lena-".length()) + ".test",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:budi@maju-jaya.test",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:siti@maju-jaya.test");
        assertThat(lines).filteredOn(l -> l.startsWith("DTSTAMP:")).singleElement()
                .satisfies(l -> assertThat(l).matches("DTSTAMP:\\d{8}T\\d{6}Z"));
        assertThat(lines).filteredOn(l -> l.startsWith("DESCRIPTION:")).singleElement()
                .isEqualTo("DESCRIPTION:Kickoff\\; first meeting\\nhttps://meet.example.test/kickoff-maju-jaya");
    }

    @Test
    void reschedulingRaisesTheSequenceAndBadMeetingsAreRefused() {
        assertThatThrownBy(() -> as(staff, () -> onboardings.kickoffInvitation(kickoff)))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.kickoff.not-scheduled");
        assertThatThrownBy(() -> as(staff, () -> steps.scheduleKickoff(kickoff, meeting("Office"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.kickoff.attendees.required");
        assertThatThrownBy(() -> as(staff, () -> steps.scheduleKickoff(kickoff, meeting("Office", "not-an-address"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.kickoff.attendee.invalid");
        assertThatThrownBy(() -> as(staff, () -> steps.scheduleKickoff(kickoff, new KickoffMeeting(LocalDate.of(2026, 12, 1),
                LocalTime.NOON, 60, null, "javascript:alert(1)", List.of("a@b.test")))))
                .isInstanceOf(DomainException.class).hasMessageContaining("onboarding.kickoff.link.invalid");

        as(staff, () -> steps.scheduleKickoff(kickoff, meeting("Office", "a@b.test")));
        StepView moved = as(staff, () -> steps.scheduleKickoff(kickoff, new KickoffMeeting(LocalDate.of(2026, 12, 2),
                LocalTime.of(14, 30), 30, "Office", null, List.of("a@b.test"))));

        assertThat(moved.kickoff().sequence()).isEqualTo(1);
        assertThat(as(staff, () -> onboardings.kickoffInvitation(kickoff))).contains("SEQUENCE:1\r\n")
                .contains("DTSTART:20261202T073000Z\r\n").contains("DTEND:20261202T080000Z\r\n");
        Scope clientUser = Scope.member(firm, "portal-" + client, "CLIENT", client, false);
        assertThat(as(clientUser, () -> onboardings.kickoffInvitation(kickoff))).contains("BEGIN:VEVENT");
    }
}
