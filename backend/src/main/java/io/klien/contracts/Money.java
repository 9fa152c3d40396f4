package io.klien.contracts;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

import io.klien.shared.DomainException;

/**
 * An amount in an ISO 4217 currency, in major units ({@code 1500000 IDR}, {@code 120.50 USD}). Rupiah amounts are
 * whole: ISO gives IDR two decimals, but nobody invoices sen, so a fraction of a rupiah is refused as a typing error.
 */
public record Money(BigDecimal amount, String currency) {

    private static final Set<String> WHOLE_UNITS = Set.of("IDR", "JPY", "KRW", "VND");

    /** Checks the amount is above zero, the currency known and the decimals fit it; {@code field} names the input. */
    public Money validated(String field) {
        Currency known = currencyOf(field, currency);
        if (amount == null || amount.signum() <= 0) {
            throw DomainException.onField(field, "contracts.terms.amount-positive");
        }
        BigDecimal plain = amount.stripTrailingZeros();
        int decimals = WHOLE_UNITS.contains(known.getCurrencyCode()) ? 0 : Math.max(known.getDefaultFractionDigits(), 0);
        if (plain.scale() > decimals) {
            throw DomainException.onField(field, "contracts.terms.amount-decimals", known.getCurrencyCode(), decimals);
        }
        return new Money(plain.setScale(Math.max(plain.scale(), 0)), known.getCurrencyCode());
    }

    static Currency currencyOf(String field, String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.onField(field + ".currency", "contracts.terms.currency-unknown", String.valueOf(code));
        }
    }

    public static Money of(long amount, String currency) {
        return new Money(BigDecimal.valueOf(amount), currency);
    }
}
