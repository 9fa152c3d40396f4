package io.klien.clients.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.clients.TimelineEntry;
import io.klien.clients.TimelineEntryView;
import io.klien.shared.PersonRefs;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "client_activity")
class ClientActivity extends TenantOwnedEntity {

    @Column(name = "client_id")
    private UUID clientId;
    private String type;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "author_subject")
    private @Nullable String authorSubject;
    private String text;
    @Column(name = "origin_id")
    private @Nullable UUID originId;

    protected ClientActivity() {
        this.clientId = new UUID(0, 0);
        this.type = "";
        this.occurredAt = Instant.EPOCH;
        this.text = "";
    }

    public static ClientActivity of(UUID clientId, TimelineEntry e) {
        ClientActivity a = new ClientActivity();
        a.clientId = clientId;
        a.type = e.type();
        a.occurredAt = e.occurredAt();
        a.authorSubject = e.authorSubject();
        a.text = e.text();
        a.originId = e.originId();
        return a;
    }

    public @Nullable String authorSubject() {
        return authorSubject;
    }

    public TimelineEntryView toView(PersonRefs people) {
        return new TimelineEntryView(id(), clientId, type, occurredAt, people.of(authorSubject), text);
    }
}
