package io.klien.notifications.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.klien.notifications.NewNotification;
import io.klien.notifications.Notifications;
import io.klien.notifications.ReminderRun;
import io.klien.notifications.ReminderRunSummary;
import io.klien.notifications.ReminderSource;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class ReminderRunner implements ReminderRun {

    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);
    private static final int TENANT_PAGE = 200;

    private final Tenants tenants;
    private final Notifications notifications;
    private final ObjectProvider<ReminderSource> sources;
    private final TransactionTemplate readOnly;
    private final FirmTime firmTime;

    ReminderRunner(Tenants tenants, Notifications notifications, ObjectProvider<ReminderSource> sources,
            PlatformTransactionManager transactionManager, FirmTime firmTime) {
        this.tenants = tenants;
        this.notifications = notifications;
        this.sources = sources;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.firmTime = firmTime;
    }

    @Override
    public List<UUID> activeTenants() {
        return TenantContext.callIn(Scope.system(null), () -> {
            List<UUID> active = new ArrayList<>();
            Page<TenantView> page = tenants.list(PageRequest.of(0, TENANT_PAGE, Sort.by("id")));
            while (true) {
                page.stream().filter(TenantView::active).map(TenantView::id).forEach(active::add);
                if (!page.hasNext()) {
                    return active;
                }
                page = tenants.list(page.nextPageable());
            }
        });
    }

    @Override
    public Set<UUID> forEachTenant(Collection<UUID> tenantIds, Consumer<UUID> work) {
        Set<UUID> failed = new LinkedHashSet<>();
        for (UUID tenantId : tenantIds) {
            try {
                TenantContext.runIn(Scope.system(tenantId), () -> work.accept(tenantId));
            } catch (RuntimeException e) {
                log.error("Work for firm {} failed; the other firms still run", tenantId, e);
                failed.add(tenantId);
            }
        }
        return failed;
    }

    @Override
    public ReminderRunSummary sendReminders() {
        return sendReminders(activeTenants());
    }

    @Override
    public ReminderRunSummary sendReminders(Collection<UUID> tenantIds) {
        Tally tally = new Tally();
        Set<UUID> failed = forEachTenant(tenantIds, tenantId -> remind(tenantId, tally));
        return new ReminderRunSummary(tenantIds.size(), tally.recorded, tally.alreadyRecorded,
                tally.failures + failed.size());
    }

    private void remind(UUID tenantId, Tally tally) {
        ZonedDateTime firmNow = firmTime.zonedNow(tenantId);
        for (ReminderSource source : sources.orderedStream().toList()) {
            List<NewNotification> due;
            try {
                due = readOnly.execute(status -> source.remindersDue(firmNow));
            } catch (RuntimeException e) {
                log.error("Reminder source {} failed for firm {}", source.getClass().getName(), tenantId, e);
                tally.failures++;
                continue;
            }
            for (NewNotification reminder : due == null ? List.<NewNotification>of() : due) {
                send(tenantId, source, reminder, tally);
            }
        }
    }

    private void send(UUID tenantId, ReminderSource source, NewNotification reminder, Tally tally) {
        if (reminder.dedupeKey() == null) {
            log.error("Reminder source {} gave a reminder without a dedupe key in firm {}; not sent",
                    source.getClass().getName(), tenantId);
            tally.failures++;
            return;
        }
        try {
            switch (notifications.notify(reminder)) {
                case RECORDED -> tally.recorded++;
                case ALREADY_RECORDED -> tally.alreadyRecorded++;
                case NOT_A_MEMBER -> { }
            }
        } catch (RuntimeException e) {
            log.error("Reminder {} for firm {} failed", reminder.dedupeKey(), tenantId, e);
            tally.failures++;
        }
    }

    private static final class Tally {
        int recorded;
        int alreadyRecorded;
        int failures;
    }
}
