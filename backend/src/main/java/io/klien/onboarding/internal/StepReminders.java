package io.klien.onboarding.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.clients.Clients;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.ReminderSource;
import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepState;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import io.klien.shared.time.Formats;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.springframework.stereotype.Component;

/**
 * Reminds of the open steps of running onboardings that are due tomorrow or overdue (in the firm's own days): the
 * firm's steps to their assignee (else the representative), the client's steps to the client's portal users. Keyed
 * by step and day, so each goes out at most once a day however often the reminder run asks.
 */
@Component
class StepReminders implements ReminderSource {

    private static final Set<StepState> UNFINISHED = EnumSet.of(StepState.OPEN, StepState.IN_PROGRESS);

    private final OnboardingStepRepository steps;
    private final Clients clients;
    private final Memberships memberships;
    private final FirmTime firmTime;

    StepReminders(OnboardingStepRepository steps, Clients clients, Memberships memberships, FirmTime firmTime) {
        this.steps = steps;
        this.clients = clients;
        this.memberships = memberships;
        this.firmTime = firmTime;
    }

    @Override
    public List<NewNotification> remindersDue(ZonedDateTime firmNow) {
        LocalDate today = firmNow.toLocalDate();
        List<DueStep> due = steps.findDue(OnboardingStatus.IN_PROGRESS, UNFINISHED, today.plusDays(1), today);
        if (due.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> clientNames = clients.names(due.stream().map(DueStep::clientId).distinct().toList());
        Map<UUID, List<MembershipView>> clientUsers = memberships.clientUsers(due.stream()
                .filter(d -> d.ownerSide() == StepSide.CLIENT).map(DueStep::clientId).collect(Collectors.toSet()));
        Formats dates = firmTime.formatsOf(TenantContext.requireTenantId());
        List<NewNotification> reminders = new ArrayList<>();
        for (DueStep step : due) {
            boolean overdue = step.dueDate().isBefore(today);
            String client = clientNames.getOrDefault(step.clientId(), "");
            NotificationKind kind = overdue ? NotificationKind.OVERDUE : NotificationKind.DUE_TOMORROW;
            String dedupe = (overdue ? "overdue:" : "due-tomorrow:") + step.stepId() + ":" + today;
            String[] arguments = overdue ? new String[] {step.title(), client, dates.date(step.dueDate())}
                    : new String[] {step.title(), client};
            if (step.ownerSide() == StepSide.FIRM) {
                String recipient = OnboardingNotices.firmRecipient(step.assigneeSubject(), step.representativeSubject());
                if (recipient != null) {
                    reminders.add(NewNotification.of(recipient, kind, OnboardingNotices.staffLink(step.onboardingId()),
                            arguments).withDedupeKey(dedupe));
                }
            } else {
                for (MembershipView user : clientUsers.getOrDefault(step.clientId(), List.of())) {
                    reminders.add(NewNotification.of(user.subject(), kind,
                            OnboardingNotices.portalLink(step.onboardingId()), arguments).withDedupeKey(dedupe));
                }
            }
        }
        return reminders;
    }
}
