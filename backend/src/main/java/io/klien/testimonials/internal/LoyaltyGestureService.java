package io.klien.testimonials.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.klien.clients.Clients;
import io.klien.contracts.Money;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.testimonials.LoyaltyGestureView;
import io.klien.testimonials.LoyaltyGestures;
import io.klien.testimonials.NewLoyaltyGesture;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class LoyaltyGestureService implements LoyaltyGestures {

    private final LoyaltyGestureRepository gestures;
    private final Clients clients;
    private final FirmTime time;

    LoyaltyGestureService(LoyaltyGestureRepository gestures, Clients clients, FirmTime time) {
        this.gestures = gestures;
        this.clients = clients;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LoyaltyGestureView> ofClient(UUID clientId) {
        return gestures.findByClientIdOrderByGivenOnDescRecordedAtDesc(clientId).stream()
                .map(LoyaltyGesture::toView).toList();
    }

    @Override
    public LoyaltyGestureView record(NewLoyaltyGesture gesture) {
        if (gesture.kind() == null) {
            throw DomainException.onField("kind", "health.gesture.kind-required");
        }
        LocalDate givenOn = gesture.givenOn();
        if (givenOn == null) {
            throw DomainException.onField("givenOn", "health.gesture.date-required");
        }
        if (givenOn.isAfter(time.today())) {
            throw DomainException.onField("givenOn", "health.gesture.date-future");
        }
        BigDecimal amount = null;
        String currency = null;
        if (gesture.amount() != null) {
            if (gesture.amount().signum() <= 0) {
                throw DomainException.onField("amount", "health.gesture.value-positive");
            }
            String code = gesture.currency() == null || gesture.currency().isBlank() ? firmCurrency()
                    : gesture.currency();
            Money value;
            try {
                value = new Money(gesture.amount(), code).validated("amount");
            } catch (DomainException e) {
                throw DomainException.onField("amount", "health.gesture.value-invalid", code);
            }
            if (value.amount().scale() > 2) {
                throw DomainException.onField("amount", "health.gesture.value-invalid", code);
            }
            if (value.amount().compareTo(new BigDecimal("100000000000000000")) >= 0) {
                throw DomainException.onField("amount", "health.gesture.value-too-large");
            }
            amount = value.amount();
            currency = value.currency();
        }
        String note = gesture.note() == null || gesture.note().isBlank() ? null : gesture.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw DomainException.onField("note", "health.gesture.note-long", NOTE_MAX);
        }
        boolean known = TenantContext.callIn(Scope.system(TenantContext.requireTenantId()),
                () -> clients.find(gesture.clientId()).isPresent());
        if (!known) {
            throw new DomainException("health.client-not-found");
        }
        return gestures.saveAndFlush(LoyaltyGesture.of(gesture.clientId(), gesture.kind(), givenOn, amount, currency,
                note, TenantContext.acting().subject(), time.now())).toView();
    }

    @Override
    public void remove(UUID gestureId) {
        LoyaltyGesture gesture = gestures.findById(gestureId)
                .orElseThrow(() -> new DomainException("health.gesture.not-found"));
        gestures.delete(gesture);
        gestures.flush();
    }

    @Override
    @Transactional(readOnly = true)
    public String firmCurrency() {
        Locale locale = time.locality().locale();
        if (!locale.getCountry().isEmpty()) {
            try {
                return Currency.getInstance(locale).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return "IDR";
            }
        }
        return "IDR";
    }
}
