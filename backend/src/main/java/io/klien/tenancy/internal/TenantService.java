package io.klien.tenancy.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.klien.shared.DomainException;
import io.klien.shared.permission.PlatformOperator;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.FirmLogo;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantCreated;
import io.klien.tenancy.TenantRebranded;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TenantService implements Tenants {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final TenantRepository tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantService(TenantRepository tenants, ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TenantView create(NewFirm firm) {
        return create(UUID.randomUUID(), firm);
    }

    /** Creates a firm with an id chosen beforehand, for work that must act in the firm while creating it. */
    @PlatformOperator
    TenantView create(UUID id, NewFirm firm) {
        String slug = firm.slug() == null ? "" : firm.slug().strip();
        if (!SLUG.matcher(slug).matches()) {
            throw DomainException.onField("slug", "tenancy.slug.invalid", slug);
        }
        if (firm.name() == null || firm.name().isBlank()) {
            throw DomainException.onField("name", "tenancy.name.required");
        }
        if (tenants.existsBySlug(slug)) {
            throw DomainException.onField("slug", "tenancy.slug.taken", slug);
        }
        NewFirm clean = new NewFirm(slug, firm.name().strip(), firm.kind(), firm.locale(), firm.timeZone());
        Tenant tenant = tenants.save(Tenant.create(id, clean, clock.instant()));
        TenantView view = tenant.toView();
        events.publishEvent(new TenantCreated(tenant.id(), slug, clean.name(), view.locale()));
        return view;
    }

    @Override
    public void linkOrganization(UUID tenantId, String organizationId) {
        tenants.findById(tenantId).orElseThrow(() -> new DomainException("tenancy.not-found")).linkOrganization(organizationId);
    }

    @Override
    public TenantView replaceLogo(byte[] content) {
        UUID tenantId = TenantContext.acting().tenantId();
        if (content == null || content.length == 0 || content.length > FirmLogo.MAX_BYTES) {
            throw new DomainException("tenancy.logo.size", FirmLogo.MAX_BYTES / 1024);
        }
        String contentType = FirmLogo.detectContentType(content);
        if (contentType == null) {
            throw new DomainException("tenancy.logo.type");
        }
        Tenant tenant = tenants.findById(tenantId).orElseThrow(() -> new DomainException("tenancy.not-found"));
        boolean had = tenant.logo() != null;
        tenant.replaceLogo(content.clone(), contentType);
        events.publishEvent(new TenantRebranded(tenantId, had ? "logo=present" : "logo=none",
                "logo=" + contentType + ", " + content.length + " bytes"));
        return tenant.toView();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<FirmLogo> logo() {
        UUID tenantId = TenantContext.requireTenantId();
        return tenants.findById(tenantId).filter(t -> t.logo() != null)
                .map(t -> new FirmLogo(t.logo().clone(), t.logoContentType()));
    }

    private static String brandingSummary(TenantView view) {
        return "displayName=" + view.displayName() + ", primaryColor=" + view.primaryColor();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TenantView> find(UUID tenantId) {
        return tenants.findById(tenantId).map(Tenant::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TenantView> findPublic(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return tenants.findBySlug(slug).map(Tenant::toView).filter(TenantView::active);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TenantView> list(Pageable pageable) {
        return tenants.findAll(pageable).map(Tenant::toView);
    }

    @Override
    public TenantView rebrand(String displayName, String primaryColor) {
        UUID tenantId = TenantContext.acting().tenantId();
        if (displayName == null || displayName.isBlank()) {
            throw DomainException.onField("displayName", "tenancy.display-name.required");
        }
        if (primaryColor == null || !COLOR.matcher(primaryColor).matches()) {
            throw DomainException.onField("primaryColor", "tenancy.color.invalid", String.valueOf(primaryColor));
        }
        Tenant tenant = tenants.findById(tenantId).orElseThrow(() -> new DomainException("tenancy.not-found"));
        TenantView before = tenant.toView();
        tenant.rebrand(displayName.strip(), primaryColor);
        TenantView after = tenant.toView();
        events.publishEvent(new TenantRebranded(tenantId, brandingSummary(before), brandingSummary(after)));
        return after;
    }
}
