package io.klien.ui.health;

import com.vaadin.flow.component.Component;
import io.klien.testimonials.RiskReason;
import io.klien.ui.FirmFormats;

/** A risk reason in words, with its figures. */
final class RiskTexts {

    private RiskTexts() {
    }

    static String of(Component in, RiskReason reason, FirmFormats formats) {
        String key = "health.risk." + reason.kind().name();
        return switch (reason.kind()) {
            case NPS_DETRACTOR -> in.getTranslation(key, reason.latestScore());
            case NPS_FALLING -> in.getTranslation(key, reason.previousScore(), reason.latestScore());
            case SLA_BREACHES -> in.getTranslation(key, reason.breaches());
            case RENEWAL_WITHOUT_CONTACT -> in.getTranslation(key, formats.date(reason.renewalOn()));
        };
    }
}
