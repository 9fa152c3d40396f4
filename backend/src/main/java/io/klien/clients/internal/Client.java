package io.klien.clients.internal;

import java.time.Instant;

import io.klien.clients.ClientKind;
import io.klien.clients.ClientView;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "client")
public class Client extends TenantOwnedEntity {

    private String name;
    @Enumerated(EnumType.STRING)
    private ClientKind kind;
    private String status;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Client() {
        this.name = "";
        this.kind = ClientKind.ORGANIZATION;
        this.status = "ACTIVE";
        this.createdAt = Instant.EPOCH;
    }

    public static Client create(String name, ClientKind kind, Instant at) {
        Client c = new Client();
        c.name = name;
        c.kind = kind;
        c.createdAt = at;
        return c;
    }

    public ClientView toView() {
        return new ClientView(id(), name, kind, status);
    }
}
