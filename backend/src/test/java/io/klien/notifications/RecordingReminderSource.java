package io.klien.notifications;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.klien.shared.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** A reminder source for tests: notes in which firm it was asked (as the app and as PostgreSQL see it) and answers as told. */
public class RecordingReminderSource implements ReminderSource {

    /** One call: the tenant and whether it was system work, the tenant PostgreSQL's policies saw, the firm's time. */
    public record Call(@Nullable UUID tenant, boolean system, String databaseTenant, ZonedDateTime firmNow) {
    }

    private final JdbcTemplate jdbc;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<UUID, Function<ZonedDateTime, List<NewNotification>>> answers = new ConcurrentHashMap<>();
    private final Set<UUID> failing = ConcurrentHashMap.newKeySet();

    public RecordingReminderSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NewNotification> remindersDue(ZonedDateTime firmNow) {
        UUID tenant = TenantContext.tenantId().orElse(null);
        calls.add(new Call(tenant, TenantContext.current().map(TenantContext.Scope::system).orElse(false),
                String.valueOf(jdbc.queryForObject("select current_setting('app.tenant_id', true)", String.class)),
                firmNow));
        if (tenant != null && failing.contains(tenant)) {
            throw new IllegalStateException("Simulated failure in firm " + tenant);
        }
        Function<ZonedDateTime, List<NewNotification>> answer = tenant == null ? null : answers.get(tenant);
        return answer == null ? List.of() : answer.apply(firmNow);
    }

    public void answer(UUID tenant, Function<ZonedDateTime, List<NewNotification>> reminders) {
        answers.put(tenant, reminders);
    }

    public void failIn(UUID tenant) {
        failing.add(tenant);
    }

    /** The calls made in the given firms, in order. */
    public List<Call> callsIn(Set<UUID> tenants) {
        return calls.stream().filter(c -> c.tenant() != null && tenants.contains(c.tenant())).toList();
    }

    public void reset() {
        calls.clear();
        answers.clear();
        failing.clear();
    }
}
