package io.klien.onboarding;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.klien.onboarding.internal.AdverseParty;
import io.klien.onboarding.internal.AdversePartyRepository;
import io.klien.shared.DomainException;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parties the firm acts against, recorded by staff so that conflict checks find them. */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class AdverseParties {

    private final AdversePartyRepository parties;
    private final Clock clock;

    AdverseParties(AdversePartyRepository parties, Clock clock) {
        this.parties = parties;
        this.clock = clock;
    }

    /** Records a party with a note (the matter, the period); conflict checks find it by its name's words. */
    public AdversePartyView record(String name, @Nullable String note) {
        Scope scope = TenantContext.acting();
        String clean = TemplateRules.TEXT.required(name, "onboarding.adverse-party.name.required", 200);
        return parties.saveAndFlush(AdverseParty.record(clean, TemplateRules.TEXT.optional(note, 1000), scope.subject(),
                now())).toView();
    }

    /** The recorded parties by name. */
    @Transactional(readOnly = true)
    public Page<AdversePartyView> list(Pageable pageable) {
        return parties.findAllByOrderByNameAsc(pageable).map(AdverseParty::toView);
    }

    /** Forgets a party recorded by mistake. */
    public void remove(UUID id) {
        parties.delete(parties.findById(id).orElseThrow(() -> new DomainException("onboarding.adverse-party.not-found")));
        parties.flush();
    }

    /** Now, to the microsecond PostgreSQL keeps, so what is returned equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
