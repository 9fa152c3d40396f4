package io.klien.projects.internal;

import java.util.List;
import java.util.Objects;

import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import io.klien.notifications.Notifications;
import io.klien.projects.QuotaThresholdReached;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a project's lead and team that a quota line reached a threshold, once the usage that crossed it committed.
 * Runs as system work in the event's firm; the dedupe key makes a retried publication add only what is missing.
 */
@Component
class QuotaNotices {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final Notifications notifications;
    private final TransactionTemplate ownTransaction;

    QuotaNotices(ProjectRepository projects, ProjectMemberRepository members, Notifications notifications,
            PlatformTransactionManager transactionManager) {
        this.projects = projects;
        this.members = members;
        this.notifications = notifications;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener(id = "projects.quota-notices.threshold", propagation = Propagation.NOT_SUPPORTED)
    void on(QuotaThresholdReached reached) {
        TenantContext.runIn(Scope.system(Objects.requireNonNull(reached.tenantId())),
                () -> ownTransaction.executeWithoutResult(status -> tell(reached)));
    }

    private void tell(QuotaThresholdReached reached) {
        Project project = projects.findById(reached.projectId()).orElse(null);
        if (project == null) {
            return;
        }
        boolean monthly = !QuotaThresholdReached.WHOLE_CONTRACT.equals(reached.period());
        String key = "projects.notice.quota." + (monthly ? "month." : "contract.") + reached.quota().unit().name();
        List<String> arguments = monthly
                ? List.of(project.title(), String.valueOf(reached.percent()), reached.period())
                : List.of(project.title(), String.valueOf(reached.percent()));
        String dedupe = "quota:" + project.id() + ":" + reached.quota().unit() + ":" + reached.period() + ":"
                + reached.percent();
        for (ProjectMember member : members.findByProjectIdOrderByRoleAscAddedAtAsc(project.id())) {
            notifications.notify(new NewNotification(member.subject(), null, NotificationKind.QUOTA_THRESHOLD, key,
                    arguments, "projects/" + project.id(), dedupe));
        }
    }
}
