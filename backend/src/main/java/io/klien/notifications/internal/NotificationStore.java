package io.klien.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.klien.notifications.NewNotification;
import io.klien.notifications.NotificationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes notifications and preferences in plain SQL, in the caller's transaction (so row-level security applies):
 * {@code on conflict} lets concurrent writers of the same dedupe key or preference agree without an error that would
 * spoil the caller's transaction.
 */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome of {@link #record}: whether the recipient is a member, and whether a row was added. */
    record Recorded(boolean member, boolean inserted, @Nullable String memberEmail, @Nullable String memberName) {
    }

    /**
     * Adds the notification for a recipient who is a member of the tenant (invited or active, not deactivated), unless
     * its dedupe key was recorded for them before. A concurrent writer of the same key waits for the first to finish,
     * then adds nothing.
     */
    public Recorded record(UUID tenant, UUID id, NewNotification n, EmailStatus emailStatus, Instant at) {
        return jdbc.sql("""
                        with member as (
                          select email, display_name from membership
                          where tenant_id = :tenant and subject = :recipient and status <> 'DEACTIVATED'
                        ), added as (
                          insert into notification (tenant_id, id, recipient, kind, message_key, arguments, link,
                            dedupe_key, email_status, is_read, created_at, version)
                          select :tenant, :id, :recipient, :kind, :messageKey, cast(:arguments as text[]), :link,
                            :dedupeKey, :emailStatus, false, :at, 0
                          from member
                          on conflict on constraint notification_dedupe_uk do nothing
                          returning id
                        )
                        select exists (select 1 from member), exists (select 1 from added),
                          (select email from member), (select display_name from member)""")
                .param("tenant", tenant)
                .param("id", id)
                .param("recipient", n.recipient())
                .param("kind", n.kind().name())
                .param("messageKey", n.messageKey())
                .param("arguments", n.arguments().toArray(String[]::new))
                .param("link", n.link())
                .param("dedupeKey", n.dedupeKey())
                .param("emailStatus", emailStatus.name())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query((rs, row) -> new Recorded(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    /** Records how sending the notification's email went. */
    public void markMailed(UUID id, EmailStatus status) {
        jdbc.sql("""
                        update notification set email_status = :status, version = version + 1
                        where tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and id = :id""")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    /** How the notification's email went so far (none for a notification the active firm does not have). */
    public Optional<EmailStatus> emailStatus(UUID id) {
        return jdbc.sql("""
                        select email_status from notification
                        where tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid) and id = :id""")
                .param("id", id)
                .query((rs, row) -> EmailStatus.valueOf(rs.getString(1)))
                .optional();
    }

    /** Turns email on or off for a member and kind; the last of concurrent choices wins. */
    public void setEmail(UUID tenant, String subject, NotificationKind kind, boolean email) {
        jdbc.sql("""
                        insert into notification_preference (tenant_id, id, subject, kind, email, version)
                        values (:tenant, :id, :subject, :kind, :email, 0)
                        on conflict on constraint notification_preference_uk
                        do update set email = excluded.email, version = notification_preference.version + 1""")
                .param("tenant", tenant)
                .param("id", UUID.randomUUID())
                .param("subject", subject)
                .param("kind", kind.name())
                .param("email", email)
                .update();
    }
}
