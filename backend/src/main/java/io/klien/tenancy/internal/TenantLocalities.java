package io.klien.tenancy.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.klien.shared.time.FirmLocalities;
import io.klien.shared.time.FirmLocality;
import org.springframework.stereotype.Component;

/**
 * The firms' zones and languages for {@link io.klien.shared.time.FirmTime}, remembered per firm for the life of the
 * process. Pages format dozens of timestamps per request and schedulers visit every firm, so reading the firm row
 * each time would cost a query per timestamp; a firm's zone and language are chosen when the firm is created and
 * only change on purpose, so whoever changes them calls {@link #forget}. The memory is bounded by the number of
 * firms (two short strings each). A firm that does not exist is not remembered, so a firm created a moment later is
 * found.
 */
@Component
class TenantLocalities implements FirmLocalities {

    private final TenantRepository tenants;
    private final Map<UUID, FirmLocality> known = new ConcurrentHashMap<>();

    TenantLocalities(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<FirmLocality> of(UUID tenantId) {
        FirmLocality cached = known.get(tenantId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FirmLocality> read = tenants.findLocalityById(tenantId)
                .map(row -> FirmLocality.of(row.getTimeZone(), row.getLocale()));
        read.ifPresent(locality -> known.put(tenantId, locality));
        return read;
    }

    @Override
    public void forget(UUID tenantId) {
        known.remove(tenantId);
    }
}
