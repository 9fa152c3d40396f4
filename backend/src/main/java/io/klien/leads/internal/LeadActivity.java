package io.klien.leads.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.leads.ActivityType;
import io.klien.leads.LeadActivityView;
import io.klien.shared.PersonRefs;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "lead_activity")
class LeadActivity extends TenantOwnedEntity {

    @Column(name = "lead_id", updatable = false)
    private UUID leadId;
    @Enumerated(EnumType.STRING)
    private ActivityType type;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "author_subject")
    private @Nullable String authorSubject;
    private String text;

    protected LeadActivity() {
        this.leadId = new UUID(0, 0);
        this.type = ActivityType.NOTE;
        this.occurredAt = Instant.EPOCH;
        this.text = "";
    }

    public static LeadActivity record(UUID leadId, ActivityType type, Instant at, @Nullable String author, String text) {
        LeadActivity a = new LeadActivity();
        a.leadId = leadId;
        a.type = type;
        a.occurredAt = at;
        a.authorSubject = author;
        a.text = text;
        return a;
    }

    public @Nullable String authorSubject() {
        return authorSubject;
    }

    public LeadActivityView toView(PersonRefs people) {
        return new LeadActivityView(id(), leadId, type, occurredAt, people.of(authorSubject), text);
    }
}
