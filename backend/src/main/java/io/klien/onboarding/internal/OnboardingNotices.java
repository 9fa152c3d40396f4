package io.klien.onboarding.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.klien.clients.ClientProfile;
import io.klien.clients.Clients;
import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.Notifications;
import io.klien.onboarding.OnboardingCompleted;
import io.klien.onboarding.OnboardingStarted;
import io.klien.onboarding.OnboardingStatus;
import io.klien.onboarding.OnboardingStepCompleted;
import io.klien.onboarding.StepCommented;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepType;
import io.klien.shared.FirmRole;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.InvitationAccepted;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other side what happened on an onboarding, once the change has committed: staff about the steps assigned
 * to them and what the client did, the client's portal users about what the firm did. Each notice runs as system
 * work in the event's firm, in its own transaction; a failure never undoes the change it tells of, and the event's
 * publication is retried (the notices' dedupe keys make a retry add only what is missing).
 */
@Component
class OnboardingNotices {

    private static final Logger log = LoggerFactory.getLogger(OnboardingNotices.class);

    private final OnboardingRepository onboardings;
    private final OnboardingStepRepository steps;
    private final Clients clients;
    private final Memberships memberships;
    private final Tenants tenants;
    private final Notifications notifications;
    private final TransactionTemplate ownTransaction;

    OnboardingNotices(OnboardingRepository onboardings, OnboardingStepRepository steps, Clients clients,
            Memberships memberships, Tenants tenants, Notifications notifications,
            PlatformTransactionManager transactionManager) {
        this.onboardings = onboardings;
        this.steps = steps;
        this.clients = clients;
        this.memberships = memberships;
        this.tenants = tenants;
        this.notifications = notifications;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Where staff follow an onboarding. */
    static String staffLink(UUID onboardingId) {
        return "onboarding/" + onboardingId;
    }

    /** Where the client's portal users follow it. */
    static String portalLink(UUID onboardingId) {
        return "portal/onboarding/" + onboardingId;
    }

    /** Who in the firm answers for a firm step: the person it names, else the client's representative. */
    static @Nullable String firmRecipient(@Nullable String assigneeSubject, @Nullable String representativeSubject) {
        return assigneeSubject != null ? assigneeSubject : representativeSubject;
    }

    /** The firm's open steps go to their assignees; the client's portal users learn that their onboarding started. */
    @ApplicationModuleListener(id = "onboarding.notices.started", propagation = Propagation.NOT_SUPPORTED)
    void on(OnboardingStarted started) {
        inFirm(started.tenantId(), started, () -> {
            Onboarding onboarding = onboardings.findById(started.onboardingId()).orElseThrow();
            String client = clientName(onboarding.clientId());
            for (OnboardingStep step : steps.findByOnboardingIdOrderByPositionAsc(onboarding.id())) {
                if (step.ownerSide() == StepSide.FIRM && step.state() == StepState.OPEN) {
                    assign(step, onboarding, client, null);
                }
            }
            String firm = firmName(started.tenantId());
            for (MembershipView user : clientUsers(onboarding.clientId())) {
                notifications.notify(new NewNotification(user.subject(), null, NotificationKind.INVITATION,
                        "onboarding.notice.started", List.of(firm, onboarding.templateName()),
                        portalLink(onboarding.id()), "started:" + onboarding.id()));
            }
        });
    }

    /**
     * A client user who joins the portal after their onboardings started learns of them too (the same notice, so
     * nobody gets it twice).
     */
    @ApplicationModuleListener(id = "onboarding.notices.invitation-accepted", propagation = Propagation.NOT_SUPPORTED)
    void on(InvitationAccepted accepted) {
        if (accepted.role() != FirmRole.CLIENT || accepted.clientId() == null) {
            return;
        }
        inFirm(accepted.tenantId(), accepted, () -> {
            String firm = firmName(accepted.tenantId());
            for (Onboarding onboarding : onboardings.findByClientIdAndStatus(accepted.clientId(), OnboardingStatus.IN_PROGRESS)) {
                notifications.notify(new NewNotification(accepted.subject(), null, NotificationKind.INVITATION,
                        "onboarding.notice.started", List.of(firm, onboarding.templateName()),
                        portalLink(onboarding.id()), "started:" + onboarding.id()));
            }
        });
    }

    /**
     * The other side hears of a completed step: the staff following the client (and the step's assignee) of the
     * client's work, the client's portal users of the firm's (but not of its internal tasks). Steps it opened go to
     * whoever does them next.
     */
    @ApplicationModuleListener(id = "onboarding.notices.step-completed", propagation = Propagation.NOT_SUPPORTED)
    void on(OnboardingStepCompleted completed) {
        inFirm(completed.tenantId(), completed, () -> {
            Onboarding onboarding = onboardings.findById(completed.onboardingId()).orElseThrow();
            List<OnboardingStep> all = steps.findByOnboardingIdOrderByPositionAsc(onboarding.id());
            OnboardingStep step = all.stream().filter(s -> s.id().equals(completed.stepId())).findFirst().orElseThrow();
            String client = clientName(onboarding.clientId());
            String dedupe = "completed:" + step.id();
            if (completed.side() == StepSide.CLIENT) {
                String who = displayName(completed.completedBy()).orElse(client);
                for (String staff : staffToTell(staffFollowingTheClient(onboarding), step.assigneeSubject(),
                        completed.completedBy())) {
                    notifications.notify(NewNotification.of(staff, NotificationKind.STEP_COMPLETED,
                            staffLink(onboarding.id()), who, step.title(), client).withDedupeKey(dedupe));
                }
            } else if (step.type() != StepType.INTERNAL_TASK) {
                String firm = firmName(completed.tenantId());
                for (MembershipView user : clientUsers(onboarding.clientId())) {
                    notifications.notify(new NewNotification(user.subject(), null, NotificationKind.STEP_COMPLETED,
                            "onboarding.notice.firm-completed", List.of(firm, step.title()),
                            portalLink(onboarding.id()), dedupe));
                }
            }
            if (onboarding.status() == OnboardingStatus.IN_PROGRESS) {
                announceOpenSteps(onboarding, all, step, client, completed.completedBy());
            }
        });
    }

    /**
     * Every open firm step goes to its assignee once (the dedupe key makes repeating it harmless, and also catches
     * steps that a skip opened); client steps go to the portal users when this step was what they waited for (the
     * steps open from the start came with the notice that the onboarding started).
     */
    private void announceOpenSteps(Onboarding onboarding, List<OnboardingStep> all, OnboardingStep done, String client,
            @Nullable String actor) {
        List<MembershipView> users = null;
        for (OnboardingStep next : all) {
            if (next.state() != StepState.OPEN) {
                continue;
            }
            if (next.ownerSide() == StepSide.FIRM) {
                assign(next, onboarding, client, actor);
            } else if (next.prerequisites().contains(done.key())) {
                users = users != null ? users : clientUsers(onboarding.clientId());
                for (MembershipView user : users) {
                    notifications.notify(new NewNotification(user.subject(), null, NotificationKind.STEP_ASSIGNED,
                            "onboarding.notice.client-step-open", List.of(next.title()), portalLink(onboarding.id()),
                            "assigned:" + next.id()));
                }
            }
        }
    }

    /**
     * A comment goes to the other side: the client's to the staff following the client (see
     * {@link #staffFollowingTheClient}), the firm's shared comment on a client step to the client (an internal one to
     * nobody: the client must not even learn it exists).
     */
    @ApplicationModuleListener(id = "onboarding.notices.step-commented", propagation = Propagation.NOT_SUPPORTED)
    void on(StepCommented commented) {
        if (commented.internal()) {
            return;
        }
        inFirm(commented.tenantId(), commented, () -> {
            OnboardingStep step = steps.findById(commented.stepId()).orElseThrow();
            Onboarding onboarding = onboardings.findById(commented.onboardingId()).orElseThrow();
            String dedupe = "comment:" + commented.commentId();
            if (commented.authorSide() == StepSide.CLIENT) {
                String who = displayName(commented.authorSubject()).orElseGet(() -> clientName(onboarding.clientId()));
                for (String recipient : staffToTell(staffFollowingTheClient(onboarding), null, commented.authorSubject())) {
                    notifications.notify(NewNotification.of(recipient, NotificationKind.COMMENT,
                            staffLink(onboarding.id()), who, step.title()).withDedupeKey(dedupe));
                }
            } else if (step.ownerSide() == StepSide.CLIENT) {
                String who = displayName(commented.authorSubject()).orElseGet(() -> firmName(commented.tenantId()));
                for (MembershipView user : clientUsers(onboarding.clientId())) {
                    notifications.notify(NewNotification.of(user.subject(), NotificationKind.COMMENT,
                            portalLink(onboarding.id()), who, step.title()).withDedupeKey(dedupe));
                }
            }
        });
    }

    /** The representative hears that the client is active, and after how many days. */
    @ApplicationModuleListener(id = "onboarding.notices.completed", propagation = Propagation.NOT_SUPPORTED)
    void on(OnboardingCompleted completed) {
        String representative = completed.representativeSubject();
        if (representative == null) {
            return;
        }
        inFirm(completed.tenantId(), completed, () -> {
            String client = clientName(completed.clientId());
            Duration took = completed.duration();
            NewNotification notice = NewNotification.of(representative, NotificationKind.ONBOARDING_COMPLETED,
                    staffLink(completed.onboardingId()), client, Long.toString(took.toDays()))
                    .withDedupeKey("completed:" + completed.onboardingId());
            notifications.notify(took.toDays() == 0 ? notice.withMessage("onboarding.notice.completed-same-day", client)
                    : notice);
        });
    }

    private void assign(OnboardingStep step, Onboarding onboarding, String client, @Nullable String actor) {
        String recipient = firmRecipient(step.assigneeSubject(), onboarding.representativeSubject());
        if (recipient == null || recipient.equals(actor)) {
            return;
        }
        notifications.notify(NewNotification.of(recipient, NotificationKind.STEP_ASSIGNED, staffLink(onboarding.id()),
                step.title(), client).withDedupeKey("assigned:" + step.id()));
    }

    /**
     * Who in the firm hears of what the client does (a form submitted, documents handed in, a question): the client's
     * representative; without one, the client's account team; without a team, whoever follows the onboarding (the
     * person who started it); and when nobody does (the system started it), every active staff member and admin.
     */
    private List<String> staffFollowingTheClient(Onboarding onboarding) {
        ClientProfile client = clients.profile(onboarding.clientId());
        if (client.representativeSubject() != null) {
            return List.of(client.representativeSubject());
        }
        if (!client.accountTeam().isEmpty()) {
            return client.accountTeam();
        }
        if (onboarding.representativeSubject() != null) {
            return List.of(onboarding.representativeSubject());
        }
        return memberships.colleagues().stream().map(MembershipView::subject).toList();
    }

    private static Set<String> staffToTell(List<String> following, @Nullable String assignee, @Nullable String actor) {
        Set<String> staff = new LinkedHashSet<>(following);
        if (assignee != null) {
            staff.add(assignee);
        }
        if (actor != null) {
            staff.remove(actor);
        }
        return staff;
    }

    private List<MembershipView> clientUsers(UUID clientId) {
        return memberships.clientUsers(List.of(clientId)).getOrDefault(clientId, List.of());
    }

    private String clientName(UUID clientId) {
        return clients.names(List.of(clientId)).getOrDefault(clientId, "");
    }

    private String firmName(UUID tenantId) {
        return tenants.find(tenantId).map(TenantView::displayName).orElse("");
    }

    private Optional<String> displayName(@Nullable String subject) {
        return subject == null ? Optional.empty()
                : memberships.activeMembershipOf(subject).map(MembershipView::displayName);
    }

    /**
     * Runs the notices as system work in the event's firm, in a transaction of their own (the firm must be set before
     * it starts); a failure is logged and rethrown, so the publication stays incomplete and is resubmitted.
     */
    private void inFirm(UUID tenantId, Object event, Runnable work) {
        try {
            TenantContext.runIn(Scope.system(Objects.requireNonNull(tenantId)),
                    () -> ownTransaction.executeWithoutResult(status -> work.run()));
        } catch (RuntimeException e) {
            log.error("Could not send the notifications for {} in firm {}; will retry", event, tenantId, e);
            throw e;
        }
    }
}
