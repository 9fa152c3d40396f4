package io.klien.notifications.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.klien.notifications.NotificationKind;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A notification for one member of a firm. Written by {@link NotificationStore} (deduplicated in SQL), read here. */
@Entity
@Table(name = "notification")
class Notification extends TenantOwnedEntity {

    @Column(updatable = false)
    private String recipient;
    @Column(updatable = false)
    private String kind;
    @Column(name = "message_key", updatable = false)
    private String messageKey;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(updatable = false)
    private List<String> arguments;
    @Column(updatable = false)
    private String link;
    @Column(name = "dedupe_key", updatable = false)
    private @Nullable String dedupeKey;
    @Column(name = "email_status")
    private String emailStatus;
    @Column(name = "is_read")
    private boolean read;
    @Column(name = "read_at")
    private @Nullable Instant readAt;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Notification() {
        this.recipient = "";
        this.kind = "";
        this.messageKey = "";
        this.arguments = new ArrayList<>();
        this.link = "";
        this.emailStatus = EmailStatus.OFF.name();
        this.createdAt = Instant.EPOCH;
    }

    public String recipient() {
        return recipient;
    }

    public NotificationKind kind() {
        return NotificationKind.valueOf(kind);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return List.copyOf(arguments);
    }

    public String link() {
        return link;
    }

    public EmailStatus emailStatus() {
        return EmailStatus.valueOf(emailStatus);
    }

    public boolean isRead() {
        return read;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
