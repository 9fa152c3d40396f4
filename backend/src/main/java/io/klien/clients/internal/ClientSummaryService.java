package io.klien.clients.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientStatus;
import io.klien.clients.ClientSummaries;
import io.klien.clients.ClientSummaries.Unrepresented;
import io.klien.clients.ClientView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ClientSummaryService implements ClientSummaries {

    private final JdbcClient jdbc;

    ClientSummaryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
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

    @Override
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
}
