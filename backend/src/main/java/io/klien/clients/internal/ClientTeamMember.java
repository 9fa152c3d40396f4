package io.klien.clients.internal;

import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "client_team_member")
class ClientTeamMember extends TenantOwnedEntity {

    @Column(name = "client_id")
    private UUID clientId;
    private String subject;

    protected ClientTeamMember() {
        this.clientId = new UUID(0, 0);
        this.subject = "";
    }

    public static ClientTeamMember of(UUID clientId, String subject) {
        ClientTeamMember m = new ClientTeamMember();
        m.clientId = clientId;
        m.subject = subject;
        return m;
    }

    public String subject() {
        return subject;
    }
}
