package io.klien.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import org.junit.jupiter.api.Test;

/**
 * The firm's day and the firm's clock, near midnight, with the server in yet another zone (the build runs tests in
 * America/Los_Angeles): what a page shows follows the firm, never the server or UTC.
 */
class FirmTimeTests {

    static final Locale INDONESIAN = Locale.of("id");
    static final UUID JAKARTA = UUID.randomUUID();
    static final UUID AUCKLAND = UUID.randomUUID();
    static final UUID NEW_YORK = UUID.randomUUID();

    /** 17:30 UTC on 5 December: already 00:30 on the 6th in Jakarta, 06:30 on the 6th in Auckland. */
    static final Instant JUST_AFTER_MIDNIGHT_IN_JAKARTA = Instant.parse("2026-12-05T17:30:00Z");
    /** 02:00 UTC on 6 December: still 21:00 on the 5th in New York. */
    static final Instant EVENING_BEFORE_IN_NEW_YORK = Instant.parse("2026-12-06T02:00:00Z");

    final Firms firms = new Firms(Map.of(JAKARTA, FirmLocality.of("Asia/Jakarta", "id"),
            AUCKLAND, FirmLocality.of("Pacific/Auckland", "en"), NEW_YORK, FirmLocality.of("America/New_York", "en")));

    @Test
    void theServerRunsInAZoneNoFirmUses() {
        assertThat(TimeZone.getDefault().getID()).as("surefire's -Duser.timezone")
                .isNotIn("UTC", "Asia/Jakarta", "Pacific/Auckland", "America/New_York");
    }

    @Test
    void todayIsTheFirmsDayNotTheServersOrUtcs() {
        FirmTime time = at(JUST_AFTER_MIDNIGHT_IN_JAKARTA);

        assertThat(todayIn(JAKARTA, time)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(todayIn(AUCKLAND, time)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(time.today(JAKARTA)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(JUST_AFTER_MIDNIGHT_IN_JAKARTA.atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 5));

        FirmTime evening = at(EVENING_BEFORE_IN_NEW_YORK);
        assertThat(todayIn(NEW_YORK, evening)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(todayIn(JAKARTA, evening)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(evening.zonedNow(NEW_YORK).getHour()).isEqualTo(21);
    }

    @Test
    void withNoFirmActingTheDayIsUtcs() {
        FirmTime time = at(JUST_AFTER_MIDNIGHT_IN_JAKARTA);

        assertThat(time.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(time.today()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(time.today(UUID.randomUUID())).as("a firm that does not exist").isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void timestampsReadInTheFirmsZoneInTheReadersLanguage() {
        FirmTime time = at(JUST_AFTER_MIDNIGHT_IN_JAKARTA);

        assertThat(in(JAKARTA, () -> time.formats(Locale.ENGLISH).dateTime(time.now()))).isEqualTo("Dec 6, 2026, 12:30\u202FAM");
        assertThat(in(JAKARTA, () -> time.formats(INDONESIAN).dateTime(time.now()))).isEqualTo("6 Des 2026 00.30");
        assertThat(in(JAKARTA, () -> time.formats(INDONESIAN).date(time.now()))).isEqualTo("6 Des 2026");
        assertThat(in(AUCKLAND, () -> time.formats(Locale.ENGLISH).time(time.now()))).isEqualTo("6:30\u202FAM");
        assertThat(in(NEW_YORK, () -> at(EVENING_BEFORE_IN_NEW_YORK).formats(Locale.ENGLISH)
                .dateTime(EVENING_BEFORE_IN_NEW_YORK))).isEqualTo("Dec 5, 2026, 9:00\u202FPM");
        assertThat(time.formatsOf(JAKARTA).locale()).isEqualTo(INDONESIAN);
        assertThat(time.formatsOf(JAKARTA, Locale.ENGLISH).longDateTime(time.now())).isEqualTo("December 6, 2026, 12:30\u202FAM");
    }

    @Test
    void rupiahIsWrittenWithoutMinorUnitsAndOtherCurrenciesWithTheirOwn() {
        Formats english = new Formats(ZoneId.of("Asia/Jakarta"), Locale.ENGLISH);
        Formats indonesian = new Formats(ZoneId.of("Asia/Jakarta"), INDONESIAN);
        BigDecimal amount = new BigDecimal("450000000.00");

        assertThat(indonesian.money(amount, "IDR")).isEqualTo("Rp450.000.000");
        assertThat(english.money(amount, "IDR")).isEqualTo("IDR\u00A0450,000,000");
        assertThat(english.money(new BigDecimal("1250.5"), "USD")).isEqualTo("$1,250.50");
        assertThat(indonesian.money(new BigDecimal("1250.5"), "SGD")).isEqualTo("SGD\u00A01.250,50");
        assertThat(english.money(new BigDecimal("1250"), "JPY")).isEqualTo("¥1,250");
        assertThat(english.money(new BigDecimal("12.5"), "XYZ")).as("a code Java does not know").isEqualTo("12.5 XYZ");
        assertThat(english.money(null, "IDR")).isEmpty();
    }

    @Test
    void aZoneJavaDoesNotKnowIsUtc() {
        assertThat(FirmLocality.of("Mars/Olympus_Mons", "").zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(FirmLocality.of("Mars/Olympus_Mons", "").locale()).isEqualTo(Locale.ENGLISH);
    }

    private FirmTime at(Instant instant) {
        return new FirmTime(Clock.fixed(instant, ZoneOffset.UTC), firms);
    }

    private static LocalDate todayIn(UUID firm, FirmTime time) {
        return TenantContext.callIn(Scope.system(firm), time::today);
    }

    private static <T> T in(UUID firm, java.util.function.Supplier<T> work) {
        return TenantContext.callIn(Scope.system(firm), work);
    }

    /** Firms as the tenancy module would describe them. */
    record Firms(Map<UUID, FirmLocality> settings) implements FirmLocalities {

        Firms {
            settings = new HashMap<>(settings);
        }

        @Override
        public Optional<FirmLocality> of(UUID tenantId) {
            return Optional.ofNullable(settings.get(tenantId));
        }

        @Override
        public void forget(UUID tenantId) {
            // nothing remembered
        }
    }
}
