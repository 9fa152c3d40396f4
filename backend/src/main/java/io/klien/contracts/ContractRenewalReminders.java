package io.klien.contracts;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import io.klien.shared.permission.FirmRoles;

/**
 * When staff are reminded that a contract is coming to its end: this many days before the end of a fixed term, or
 * before the last day to give notice when the term renews on its own (30 by default, per firm). The reminders
 * themselves go out with the notifications' reminder run, once per contract and deadline, to whoever drafted the
 * contract and the firm's signatories.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ContractRenewalReminders {

    /** How many days ahead the firm's staff are reminded. */
    int reminderDays();

    /** Sets how many days ahead (1 to 365) the firm's staff are reminded; returns it. */
    @FirmRoles(TENANT_ADMIN)
    int remindDaysBefore(int days);
}
