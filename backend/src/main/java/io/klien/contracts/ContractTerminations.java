package io.klien.contracts;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.LocalDate;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * Quotes what ending a contract in force would cost before staff end it: the termination fee of its terms and whether
 * the asked effective date leaves the notice they require, counted from the firm's today.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ContractTerminations {

    /** The fee and the notice shortfall (in days, zero when met) of ending the contract on {@code effective}. */
    TerminationQuote terminationQuote(UUID contractId, LocalDate effective);
}
