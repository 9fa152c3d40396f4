package io.klien.projects.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.Notifications;
import io.klien.projects.DiscussionMailMode;
import io.klien.projects.DiscussionMessagePosted;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.MembershipView;
import io.klien.tenancy.Memberships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people of a discussion message once it has committed: every mentioned team member, and everyone else who
 * follows the thread (the project's team; for a shared thread also the client's portal users) and chose a mail per
 * message. Runs as system work in the event's firm; the publication is retried until it completes, and the dedupe
 * keys make a retry send only what is missing, so each person hears of a message at most once.
 */
@Component
class DiscussionNotices {

    private static final Logger log = LoggerFactory.getLogger(DiscussionNotices.class);

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final DiscussionThreadRepository threads;
    private final DiscussionMessageRepository messages;
    private final DiscussionMailSettingRepository mailSettings;
    private final Memberships memberships;
    private final Notifications notifications;
    private final TransactionTemplate ownTransaction;

    DiscussionNotices(ProjectRepository projects, ProjectMemberRepository members, DiscussionThreadRepository threads,
            DiscussionMessageRepository messages, DiscussionMailSettingRepository mailSettings,
            Memberships memberships, Notifications notifications, PlatformTransactionManager transactionManager) {
        this.projects = projects;
        this.members = members;
        this.threads = threads;
        this.messages = messages;
        this.mailSettings = mailSettings;
        this.memberships = memberships;
        this.notifications = notifications;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Where staff follow a project's discussions. */
    static String staffLink(UUID projectId) {
        return "projects/" + projectId;
    }

    /** Where the client's portal users follow them. */
    static String portalLink(UUID projectId) {
        return "portal/projects/" + projectId;
    }

    @ApplicationModuleListener(id = "projects.discussion.notices", propagation = Propagation.NOT_SUPPORTED)
    void on(DiscussionMessagePosted posted) {
        try {
            TenantContext.runIn(Scope.system(Objects.requireNonNull(posted.tenantId())),
                    () -> ownTransaction.executeWithoutResult(status -> tell(posted)));
        } catch (RuntimeException e) {
            log.error("Could not tell of discussion message {} in firm {}; will retry", posted.messageId(),
                    posted.tenantId(), e);
            throw e;
        }
    }

    private void tell(DiscussionMessagePosted posted) {
        Project project = projects.findById(posted.projectId()).orElseThrow();
        DiscussionThread thread = threads.findById(posted.threadId()).orElseThrow();
        DiscussionMessage message = messages.findById(posted.messageId()).orElseThrow();
        List<String> about = List.of(message.authorName(), thread.title(), project.title());
        Set<String> team = members.findByProjectIdOrderByRoleAscAddedAtAsc(project.id()).stream()
                .map(ProjectMember::subject).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String mentioned : posted.mentions()) {
            if (!mentioned.equals(posted.authorSubject())) {
                notifications.notify(new NewNotification(mentioned, null, NotificationKind.COMMENT,
                        "projects.notice.mentioned", about, staffLink(project.id()),
                        "discussion-mention:" + message.id()));
            }
        }
        Set<String> clientUsers = thread.internal() ? Set.of()
                : memberships.clientUsers(List.of(project.clientId())).getOrDefault(project.clientId(), List.of())
                        .stream().map(MembershipView::subject).collect(Collectors.toSet());
        Set<String> followers = new LinkedHashSet<>(team);
        followers.addAll(clientUsers);
        followers.remove(posted.authorSubject());
        posted.mentions().forEach(followers::remove);
        if (followers.isEmpty()) {
            return;
        }
        Map<String, DiscussionMailMode> chosen = mailSettings.findBySubjectIn(followers).stream()
                .collect(Collectors.toMap(DiscussionMailSetting::subject, DiscussionMailSetting::mode));
        for (String follower : followers) {
            if (chosen.getOrDefault(follower, DiscussionMailMode.EACH_MESSAGE) != DiscussionMailMode.EACH_MESSAGE) {
                continue;
            }
            String link = clientUsers.contains(follower) ? portalLink(project.id()) : staffLink(project.id());
            notifications.notify(new NewNotification(follower, null, NotificationKind.COMMENT,
                    "projects.notice.message", about, link, "discussion-message:" + message.id()));
        }
    }
}
