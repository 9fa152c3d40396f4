package io.klien.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import io.klien.shared.time.FirmTime;
import io.klien.shared.time.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates, times and money on every page: instants in the acting firm's zone (never the server's, never UTC unless
 * no firm is acting), words and digits in the reader's language. Views get it injected; components made with
 * {@code new} use {@link #current()}.
 */
@Component
public class FirmFormats {

    private final FirmTime time;

    FirmFormats(FirmTime time) {
        this.time = time;
    }

    /** The application's instance, for components that Spring does not create. */
    public static FirmFormats current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(FirmFormats.class);
    }

    /** All formats at once, for a view that formats many values in one go. */
    public Formats formats() {
        return time.formats(language());
    }

    /** Today on the acting firm's calendar. */
    public LocalDate today() {
        return time.today();
    }

    /** The acting firm's zone. */
    public ZoneId zone() {
        return time.zone();
    }

    /** Formats in the given firm's zone and the reader's language, for a public page about that firm's records. */
    public Formats of(UUID tenantId) {
        return time.formatsOf(tenantId, language());
    }

    /** Formats in UTC and the reader's language, shown next to a firm's time where evidence needs both. */
    public Formats utc() {
        return new Formats(ZoneOffset.UTC, language());
    }

    public String date(@Nullable LocalDate date) {
        return formats().date(date);
    }

    /** The firm's calendar date of an instant. */
    public String date(@Nullable Instant instant) {
        return formats().date(instant);
    }

    public String fullDate(@Nullable LocalDate date) {
        return formats().fullDate(date);
    }

    public String time(@Nullable Instant instant) {
        return formats().time(instant);
    }

    public String dateTime(@Nullable Instant instant) {
        return formats().dateTime(instant);
    }

    public String money(@Nullable BigDecimal amount, @Nullable String currency) {
        return formats().money(amount, currency);
    }

    private static Locale language() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
