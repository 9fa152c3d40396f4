package io.klien.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Identity-provider sessions that were logged out, shared by every replica through the database: a back-channel
 * logout reaches one pod, the session may live on another.
 */
@Service
public class EndedSessions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    EndedSessions(JdbcClient jdbc, Clock clock,
            @Value("${klien.sessions.ended-retention:P2D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Records that the identity provider ended the session {@code sid}; forgets entries no session can outlive. */
    public void recordEnded(String sid, @Nullable String subject) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into ended_session (sid, subject, ended_at) values (:sid, :subject, :at)
                        on conflict (sid) do nothing""")
                .param("sid", sid).param("subject", subject).param("at", Timestamp.from(now)).update();
        jdbc.sql("delete from ended_session where ended_at < :before")
                .param("before", Timestamp.from(now.minus(retention))).update();
    }

    /** Whether the identity provider ended the session: asked on every request, one primary-key lookup. */
    public boolean isEnded(String sid) {
        return jdbc.sql("select exists (select 1 from ended_session where sid = :sid)").param("sid", sid)
                .query(Boolean.class).single();
    }
}
