package io.klien.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

import io.klien.shared.tenant.TenantContext;
import org.springframework.stereotype.Component;

/**
 * One idea of time for the whole application: the acting firm's zone, "now" from the one injected {@link Clock},
 * "today" as the firm's calendar says it, and {@link Formats} for dates, times and money with instants shown in the
 * firm's zone. With no firm acting (platform pages, sign-in) the zone is UTC. Work that knows its firm without one
 * acting (mail, schedulers) passes the firm's id.
 */
@Component
public class FirmTime {

    private final Clock clock;
    private final FirmLocalities localities;

    FirmTime(Clock clock, FirmLocalities localities) {
        this.clock = clock;
        this.localities = localities;
    }

    /** The instant now, from the application's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The acting firm's zone and language. */
    public FirmLocality locality() {
        return TenantContext.tenantId().map(this::locality).orElse(FirmLocality.NONE);
    }

    /** The given firm's zone and language; UTC and English for a firm that does not exist. */
    public FirmLocality locality(UUID tenantId) {
        return localities.of(tenantId).orElse(FirmLocality.NONE);
    }

    /** The acting firm's zone. */
    public ZoneId zone() {
        return locality().zone();
    }

    /** The application's clock, reading the acting firm's wall time. */
    public Clock clock() {
        return clock.withZone(zone());
    }

    /** Today on the acting firm's calendar: the day there, which may not be the day at the server or in UTC. */
    public LocalDate today() {
        return LocalDate.now(clock());
    }

    /** Today on the given firm's calendar. */
    public LocalDate today(UUID tenantId) {
        return LocalDate.now(clock.withZone(locality(tenantId).zone()));
    }

    /** Now as the given firm's wall clock reads it. */
    public ZonedDateTime zonedNow(UUID tenantId) {
        return ZonedDateTime.now(clock.withZone(locality(tenantId).zone()));
    }

    /** Formats in the reader's language with instants in the acting firm's zone. */
    public Formats formats(Locale language) {
        return new Formats(zone(), language);
    }

    /** Formats in the given firm's zone and language, for what the firm sends (mail, reminders). */
    public Formats formatsOf(UUID tenantId) {
        FirmLocality firm = locality(tenantId);
        return new Formats(firm.zone(), firm.locale());
    }

    /** Formats in the given firm's zone and the reader's language, for mail to a person who reads another one. */
    public Formats formatsOf(UUID tenantId, Locale language) {
        return new Formats(locality(tenantId).zone(), language);
    }
}
