package io.klien.shared.time;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Dates, times and money as a reader of one language expects them, with instants shown in one zone (the firm's).
 * Every page and every message formats through this, so a timestamp never shows in the server's zone or in UTC.
 */
public record Formats(ZoneId zone, Locale locale) {

    /** Currencies whose minor units nobody writes: CLDR gives the rupiah no cash digits, Java still gives it two. */
    private static final Set<String> WHOLE_UNITS = Set.of("IDR");
    private static final char NO_BREAK_SPACE = '\u00A0';

    /** A calendar date, e.g. "Dec 6, 2026" / "6 Des 2026". */
    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The firm's calendar date of an instant. */
    public String date(@Nullable Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    /** A date written out in full, weekday included, e.g. for a greeting. */
    public String fullDate(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    /** The firm's wall-clock time of an instant, e.g. "2:30 PM" / "14.30". */
    public String time(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }

    /** An instant as the firm's date and time, e.g. "Dec 6, 2026, 2:30 PM" / "6 Des 2026 14.30". */
    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** An instant with the month written out, for mail, e.g. "December 6, 2026, 2:30 PM". */
    public String longDateTime(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** A plain number with the language's grouping and decimal marks. */
    public String number(@Nullable BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    /**
     * An amount of money with as many minor units as the currency uses ("Rp450.000.000", "IDR 450,000,000",
     * "US$1,250.50"); a currency code Java does not know is written after the plain number.
     */
    public String money(@Nullable BigDecimal amount, @Nullable String currencyCode) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currencyCode != null) {
            Currency currency;
            try {
                currency = Currency.getInstance(currencyCode);
            } catch (IllegalArgumentException e) {
                return number(amount) + " " + currencyCode;
            }
            format.setCurrency(currency);
            int digits = WHOLE_UNITS.contains(currency.getCurrencyCode()) ? 0 : Math.max(currency.getDefaultFractionDigits(), 0);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
        }
        return spaced(format.format(amount), format);
    }

    /**
     * Where the language has no symbol of its own for the currency, Java writes the ISO code glued to the digits
     * ("IDR450,000,000"); a no-break space keeps code and amount apart ("IDR 450,000,000") and on one line. A
     * language's own symbol stays as the language writes it ("Rp450.000.000", "$1,250.50").
     */
    private static String spaced(String formatted, NumberFormat format) {
        if (!(format instanceof DecimalFormat decimal) || format.getCurrency() == null) {
            return formatted;
        }
        String code = format.getCurrency().getCurrencyCode();
        if (!code.equals(decimal.getDecimalFormatSymbols().getCurrencySymbol())) {
            return formatted;
        }
        int at = formatted.indexOf(code);
        if (at < 0) {
            return formatted;
        }
        int after = at + code.length();
        StringBuilder result = new StringBuilder(formatted);
        if (after < formatted.length() && Character.isDigit(formatted.charAt(after))) {
            result.insert(after, NO_BREAK_SPACE);
        }
        if (at > 0 && Character.isDigit(formatted.charAt(at - 1))) {
            result.insert(at, NO_BREAK_SPACE);
        }
        return result.toString();
    }
}
