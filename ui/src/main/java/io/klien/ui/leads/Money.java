package io.klien.ui.leads;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Money as the user's locale writes it. */
final class Money {

    private Money() {
    }

    static String format(@Nullable BigDecimal amount, @Nullable String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null) {
            try {
                format.setCurrency(Currency.getInstance(currency));
            } catch (IllegalArgumentException e) {
                return amount.toPlainString() + " " + currency;
            }
        }
        return format.format(amount);
    }
}
