package io.klien.contracts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.klien.contracts.ContractLifecycle;
import io.klien.contracts.ContractRenewed;
import io.klien.contracts.ContractStatus;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class ContractLifecycleService implements ContractLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContractLifecycleService.class);
    private static final int TENANT_PAGE = 100;

    private final ContractRepository contracts;
    private final Tenants tenants;
    private final FirmTime time;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final int expiringDays;

    ContractLifecycleService(ContractRepository contracts, Tenants tenants, FirmTime time,
            ApplicationEventPublisher events, PlatformTransactionManager transactions,
            @Value("${klien.contracts.expiring-days:60}") int expiringDays) {
        this.contracts = contracts;
        this.tenants = tenants;
        this.time = time;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.expiringDays = expiringDays;
    }

    @Override
    public int advanceAllFirms() {
        int changed = 0;
        for (UUID tenantId : activeFirms()) {
            try {
                changed += TenantContext.callIn(Scope.system(tenantId), () -> advance(tenantId));
            } catch (RuntimeException e) {
                log.error("Contract lifecycle for firm {} failed; the other firms still run", tenantId, e);
            }
        }
        return changed;
    }

    @Override
    public int advance(UUID tenantId) {
        return advance(tenantId, time.today(tenantId));
    }

    @Override
    public int advance(UUID tenantId, LocalDate today) {
        Integer changed = tx.execute(status -> {
            int count = 0;
            for (Contract contract : contracts.findByStatusInForUpdate(EnumSet.of(ContractStatus.SIGNED,
                    ContractStatus.ACTIVE, ContractStatus.EXPIRING))) {
                ContractStatus before = contract.status();
                @Nullable LocalDate rolledTo = contract.advance(today, expiringDays);
                if (rolledTo != null) {
                    contracts.flush();
                    events.publishEvent(new ContractRenewed(tenantId, contract.id(), contract.clientId(),
                            contract.id(), rolledTo));
                }
                if (rolledTo != null || before != contract.status()) {
                    count++;
                }
            }
            return count;
        });
        return changed == null ? 0 : changed;
    }

    private List<UUID> activeFirms() {
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
}
