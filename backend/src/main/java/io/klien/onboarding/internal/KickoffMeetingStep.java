package io.klien.onboarding.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import io.klien.onboarding.KickoffMeeting;
import io.klien.onboarding.KickoffScheduled;
import io.klien.onboarding.KickoffView;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepType;
import io.klien.onboarding.internal.StepWork.Work;
import io.klien.shared.ContactFormat;
import io.klien.shared.DomainException;
import io.klien.shared.TextInput;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Kickoff meetings: staff schedule the meeting (in the firm's time zone), which completes the step; a scheduled
 * meeting may be moved later, also after its step is done, which raises its invitation's sequence. The invitation is
 * mailed once the change is committed ({@link KickoffScheduled}).
 */
@Component
class KickoffMeetingStep extends StepKind {

    private static final TextInput TEXT = TemplateRules.TEXT;
    private static final int MAX_ATTENDEES = 100;
    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s]+");

    private final Memberships memberships;
    private final ApplicationEventPublisher events;

    KickoffMeetingStep(StepWork work, Memberships memberships, ApplicationEventPublisher events) {
        super(work);
        this.memberships = memberships;
        this.events = events;
    }

    @Override
    StepType type() {
        return StepType.KICKOFF_MEETING;
    }

    Work schedule(UUID stepId, KickoffMeeting meeting) {
        Work w = lock(stepId);
        if (meeting.date() == null || meeting.startTime() == null) {
            throw new DomainException("onboarding.kickoff.date-required");
        }
        if (meeting.durationMinutes() < 5 || meeting.durationMinutes() > 24 * 60) {
            throw new DomainException("onboarding.kickoff.duration", 5, 24 * 60);
        }
        String place = TEXT.optional(meeting.place(), 500);
        String link = TEXT.optional(meeting.videoLink(), 1000);
        if (place == null && link == null) {
            throw new DomainException("onboarding.kickoff.where-required");
        }
        if (link != null && !WEB_LINK.matcher(link).matches()) {
            throw new DomainException("onboarding.kickoff.link.invalid");
        }
        List<String> attendees = meeting.attendees().stream()
                .map(a -> ContactFormat.email(a, "onboarding.kickoff.attendee.invalid")).filter(Objects::nonNull)
                .distinct().toList();
        if (attendees.isEmpty() || attendees.size() > MAX_ATTENDEES) {
            throw new DomainException("onboarding.kickoff.attendees.required", MAX_ATTENDEES);
        }
        Instant starts = meeting.date().atTime(meeting.startTime()).atZone(work.zone()).toInstant();
        MembershipView organizer = w.subject() == null ? null
                : memberships.activeMembershipOf(w.subject()).orElse(null);
        KickoffView scheduled = w.step().outcome(KickoffView.class);
        boolean reschedule = w.step().state() == StepState.DONE && scheduled != null;
        if (!reschedule) {
            w.step().requireWorkable();
        }
        w.step().record(new KickoffView(starts, starts.plus(Duration.ofMinutes(meeting.durationMinutes())), place,
                link, attendees, organizer == null ? null : organizer.email(),
                organizer == null ? null : organizer.displayName(),
                reschedule ? scheduled.sequence() + 1 : scheduled == null ? 0 : scheduled.sequence(), work.now()));
        if (reschedule) {
            work.settle(w, false);
        } else {
            work.complete(w);
        }
        events.publishEvent(new KickoffScheduled(TenantContext.requireTenantId(), w.onboarding().id(), stepId));
        return w;
    }
}
