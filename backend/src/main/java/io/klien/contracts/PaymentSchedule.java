package io.klien.contracts;

/** When invoices go out; {@code dueDays} is how long the client has to pay each one. */
public record PaymentSchedule(Invoicing invoicing, int dueDays) {

    /** The rhythm of invoicing. */
    public enum Invoicing {
        UPFRONT, MONTHLY_IN_ADVANCE, MONTHLY_IN_ARREARS, ON_MILESTONE, ON_COMPLETION
    }
}
