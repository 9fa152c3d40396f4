package io.klien.onboarding.internal;

import java.time.Instant;

import io.klien.onboarding.AdversePartyView;
import io.klien.shared.NormalizedName;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A party the firm acts or acted against; conflict checks search these names too. */
@Entity
@Table(name = "adverse_party")
class AdverseParty extends TenantOwnedEntity {

    private String name;
    @Column(name = "normalized_name")
    private String normalizedName;
    private @Nullable String note;
    @Column(name = "recorded_by", updatable = false)
    private @Nullable String recordedBy;
    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    protected AdverseParty() {
        this.name = "";
        this.normalizedName = "";
        this.recordedAt = Instant.EPOCH;
    }

    public static AdverseParty record(String name, @Nullable String note, @Nullable String by, Instant at) {
        AdverseParty p = new AdverseParty();
        p.name = name;
        p.normalizedName = NormalizedName.of(name);
        p.note = note;
        p.recordedBy = by;
        p.recordedAt = at;
        return p;
    }

    public String name() {
        return name;
    }

    public AdversePartyView toView() {
        return new AdversePartyView(id(), name, note, recordedBy, recordedAt);
    }
}
