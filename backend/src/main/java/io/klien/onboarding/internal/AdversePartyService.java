package io.klien.onboarding.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.klien.onboarding.AdverseParties;
import io.klien.onboarding.AdversePartyView;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AdversePartyService implements AdverseParties {

    private final AdversePartyRepository parties;
    private final Clock clock;

    AdversePartyService(AdversePartyRepository parties, Clock clock) {
        this.parties = parties;
        this.clock = clock;
    }

    @Override
    public AdversePartyView record(String name, @Nullable String note) {
        Scope scope = TenantContext.acting();
        String clean = TemplateRules.TEXT.required(name, "onboarding.adverse-party.name.required", 200);
        return parties.saveAndFlush(AdverseParty.record(clean, TemplateRules.TEXT.optional(note, 1000), scope.subject(),
                now())).toView();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AdversePartyView> list(Pageable pageable) {
        return parties.findAllByOrderByNameAsc(pageable).map(AdverseParty::toView);
    }

    @Override
    public void remove(UUID id) {
        parties.delete(parties.findById(id).orElseThrow(() -> new DomainException("onboarding.adverse-party.not-found")));
        parties.flush();
    }

    /** Now, to the microsecond PostgreSQL keeps, so what is returned equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
