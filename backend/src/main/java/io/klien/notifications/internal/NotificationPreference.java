package io.klien.notifications.internal;

import io.klien.notifications.NotificationKind;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A member's choice about email for one kind of notification; without a row, email is on. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference extends TenantOwnedEntity {

    @Column(updatable = false)
    private String subject;
    @Column(updatable = false)
    private String kind;
    private boolean email;

    protected NotificationPreference() {
        this.subject = "";
        this.kind = "";
        this.email = true;
    }

    public NotificationKind kind() {
        return NotificationKind.valueOf(kind);
    }

    public boolean email() {
        return email;
    }
}
