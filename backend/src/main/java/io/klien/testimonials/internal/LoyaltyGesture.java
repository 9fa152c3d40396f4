package io.klien.testimonials.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.klien.shared.tenant.TenantOwnedEntity;
import io.klien.testimonials.LoyaltyGestureKind;
import io.klien.testimonials.LoyaltyGestureView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A loyalty gesture recorded for a client (validated by {@link LoyaltyGestureService} before it is made). */
@Entity
@Table(name = "loyalty_gesture")
class LoyaltyGesture extends TenantOwnedEntity {

    @Column(name = "client_id", updatable = false)
    private UUID clientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", updatable = false)
    private LoyaltyGestureKind kind;
    @Column(name = "given_on", updatable = false)
    private LocalDate givenOn;
    @Column(name = "value_amount", updatable = false)
    private @Nullable BigDecimal amount;
    @Column(name = "value_currency", updatable = false)
    private @Nullable String currency;
    @Column(name = "note", updatable = false)
    private @Nullable String note;
    @Column(name = "recorded_by", updatable = false)
    private @Nullable String recordedBy;
    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    protected LoyaltyGesture() {
        this.clientId = new UUID(0, 0);
        this.kind = LoyaltyGestureKind.GIFT;
        this.givenOn = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    static LoyaltyGesture of(UUID clientId, LoyaltyGestureKind kind, LocalDate givenOn, @Nullable BigDecimal amount,
            @Nullable String currency, @Nullable String note, @Nullable String recordedBy, Instant now) {
        LoyaltyGesture g = new LoyaltyGesture();
        g.clientId = clientId;
        g.kind = kind;
        g.givenOn = givenOn;
        g.amount = amount;
        g.currency = currency;
        g.note = note;
        g.recordedBy = recordedBy;
        g.recordedAt = now;
        return g;
    }

    LoyaltyGestureView toView() {
        return new LoyaltyGestureView(id(), clientId, kind, givenOn, amount, currency, note, recordedBy, recordedAt);
    }
}
