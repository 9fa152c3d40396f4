package io.klien.tenancy.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "tenant")
class Tenant {

    @Id
    private UUID id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private TenantKind kind;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "primary_color")
    private String primaryColor;
    private byte @Nullable [] logo;
    @Column(name = "logo_content_type")
    private @Nullable String logoContentType;
    private String locale;
    @Column(name = "time_zone")
    private String timeZone;
    private String status;
    @Column(name = "keycloak_organization_id")
    private @Nullable String keycloakOrganizationId;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Tenant() {
        this(UUID.randomUUID(), new NewFirm("x", "x", TenantKind.OTHER, "en", "UTC"), Instant.EPOCH);
    }

    private Tenant(UUID id, NewFirm firm, Instant at) {
        this.id = id;
        this.slug = firm.slug();
        this.name = firm.name();
        this.kind = firm.kind();
        this.displayName = firm.name();
        this.primaryColor = "#1f4e79";
        this.locale = firm.locale();
        this.timeZone = firm.timeZone();
        this.status = "ACTIVE";
        this.createdAt = at;
    }

    public static Tenant create(UUID id, NewFirm firm, Instant at) {
        return new Tenant(id, firm, at);
    }

    public void linkOrganization(String organizationId) {
        this.keycloakOrganizationId = organizationId;
    }

    public void rebrand(String displayName, String primaryColor) {
        this.displayName = displayName;
        this.primaryColor = primaryColor;
    }

    public void replaceLogo(byte @Nullable [] logo, @Nullable String contentType) {
        this.logo = logo;
        this.logoContentType = contentType;
    }

    public UUID id() {
        return id;
    }

    public @Nullable String keycloakOrganizationId() {
        return keycloakOrganizationId;
    }

    public byte @Nullable [] logo() {
        return logo;
    }

    public @Nullable String logoContentType() {
        return logoContentType;
    }

    public TenantView toView() {
        return new TenantView(id, slug, name, kind, displayName, primaryColor, logo != null, locale, timeZone,
                "ACTIVE".equals(status));
    }
}
