package io.klien.tenancy.internal;

/** A firm's zone and language columns, read without the rest of the tenant row (its logo's bytes). */
interface ZoneAndLocale {

    String getTimeZone();

    String getLocale();
}
