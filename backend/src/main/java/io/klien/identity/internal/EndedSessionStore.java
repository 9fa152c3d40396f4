package io.klien.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.klien.identity.EndedSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class EndedSessionStore implements EndedSessions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    EndedSessionStore(JdbcClient jdbc, Clock clock,
            @Value("${klien.sessions.ended-retention:P2D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public void recordEnded(String sid, @Nullable String subject) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into ended_session (sid, subject, ended_at) values (:sid, :subject, :at)
                        on conflict (sid) do nothing""")
                .param("sid", sid).param("subject", subject).param("at", Timestamp.from(now)).update();
        jdbc.sql("delete from ended_session where ended_at < :before")
                .param("before", Timestamp.from(now.minus(retention))).update();
    }

    @Override
    public boolean isEnded(String sid) {
        return jdbc.sql("select exists (select 1 from ended_session where sid = :sid)").param("sid", sid)
                .query(Boolean.class).single();
    }
}
