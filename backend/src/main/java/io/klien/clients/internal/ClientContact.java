package io.klien.clients.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.clients.ContactDetails;
import io.klien.clients.ContactView;
import io.klien.shared.NormalizedName;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "client_contact")
class ClientContact extends TenantOwnedEntity {

    @Column(name = "client_id")
    private UUID clientId;
    private String name;
    @Column(name = "normalized_name")
    private String normalizedName;
    private @Nullable String email;
    private @Nullable String phone;
    @Column(name = "role_title")
    private @Nullable String roleTitle;
    @Column(name = "is_primary")
    private boolean primary;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected ClientContact() {
        this.clientId = new UUID(0, 0);
        this.name = "";
        this.normalizedName = "";
        this.createdAt = Instant.EPOCH;
    }

    /** Details already validated by the service. */
    public static ClientContact of(UUID clientId, ContactDetails details, Instant at) {
        ClientContact c = new ClientContact();
        c.clientId = clientId;
        c.createdAt = at;
        c.change(details);
        return c;
    }

    public void change(ContactDetails d) {
        this.name = d.name();
        this.normalizedName = NormalizedName.of(d.name());
        this.email = d.email();
        this.phone = d.phone();
        this.roleTitle = d.roleTitle();
    }

    public void markPrimary(boolean isPrimary) {
        this.primary = isPrimary;
    }

    public void moveTo(UUID otherClient) {
        this.clientId = otherClient;
    }

    public boolean primary() {
        return primary;
    }

    public UUID clientId() {
        return clientId;
    }

    public ContactView toView() {
        return new ContactView(id(), clientId, name, email, phone, roleTitle, primary, version());
    }
}
