package io.klien.testimonials.internal;

import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.klien.notifications.ReminderRun;
import io.klien.testimonials.OnboardingAskRun;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily asks after onboarding, firm by firm, each firm in a transaction of its own as system work. */
@Component
class OnboardingAskRunner implements OnboardingAskRun {

    private final ReminderRun firms;
    private final AskService asks;
    private final TransactionTemplate transaction;

    OnboardingAskRunner(ReminderRun firms, AskService asks, PlatformTransactionManager transactionManager) {
        this.firms = firms;
        this.asks = asks;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public int askDue() {
        return askDue(firms.activeTenants());
    }

    @Override
    public int askDue(Collection<UUID> tenantIds) {
        AtomicInteger asked = new AtomicInteger();
        firms.forEachTenant(tenantIds, tenantId -> {
            Integer inFirm = transaction.execute(status -> asks.askAfterOnboardings());
            asked.addAndGet(inFirm == null ? 0 : inFirm);
        });
        return asked.get();
    }
}
