package io.klien.clients;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregates over the firm's clients for the staff dashboard, computed in the database. */
@Service
@Transactional(readOnly = true)
@FirmRoles({TENANT_ADMIN, STAFF})
public class ClientSummaries {

    private final JdbcClient jdbc;

    ClientSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many clients are in each status. */
    public Map<ClientStatus, Long> byStatus() {
        Map<ClientStatus, Long> counts = new EnumMap<>(ClientStatus.class);
        for (ClientStatus status : ClientStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from client group by status")
                .query(rs -> {
                    counts.put(ClientStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Clients nobody represents yet (excluding former clients): the first few by name, and how many in all. */
    public Unrepresented withoutRepresentative(int limit) {
        long total = jdbc.sql("select count(*) from client where representative_subject is null and status <> 'FORMER'")
                .query(Long.class).single();
        List<ClientView> first = jdbc.sql("""
                        select id, name, kind, status from client
                        where representative_subject is null and status <> 'FORMER' order by name limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new ClientView(rs.getObject(1, UUID.class), rs.getString(2),
                        ClientKind.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
        return new Unrepresented(total, first);
    }

    /** Clients without a representative. */
    public record Unrepresented(long total, List<ClientView> first) {
    }
}
