package io.klien.tenancy;

import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.Optional;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;
import io.klien.shared.permission.PlatformOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Firms: created by platform operators, branded by their own admins. */
@FirmRoles(TENANT_ADMIN)
public interface Tenants {

    /** Creates a firm; the slug must be free and URL-safe. */
    @PlatformOperator
    TenantView create(NewFirm firm);

    @PlatformOperator
    void linkOrganization(UUID tenantId, String organizationId);

    /** Replaces the firm's logo; only PNG, JPEG or WebP images (told by their bytes) up to 256 KB. */
    TenantView replaceLogo(byte[] content);

    /** The active firm's logo, for anyone working in or with the firm. */
    @OpenOnPurpose(reason = "Everyone working in or with the active firm, client users included, sees its logo")
    java.util.Optional<FirmLogo> logo();

    @OpenOnPurpose(reason = "Firm settings such as the time zone, read by every module for whoever acts")
    Optional<TenantView> find(UUID tenantId);

    /** An active firm by its slug, for its public pages; none for a slug no active firm has. */
    @OpenOnPurpose(reason = "A firm's public pages (contract verification) are found by its slug, without sign-in")
    Optional<TenantView> findPublic(String slug);

    @PlatformOperator
    Page<TenantView> list(Pageable pageable);

    /** Changes how the firm presents itself in the client portal. */
    TenantView rebrand(String displayName, String primaryColor);
}
