package io.klien.contracts;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.LocalDate;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import io.klien.shared.permission.OpenOnPurpose;

/**
 * Moves contracts in force along the calendar, firm by firm on the firm's today: signed contracts become active when
 * they start, expiring within {@code klien.contracts.expiring-days} (60 by default) of their end or notice deadline,
 * expired after a fixed term ends; an auto-renewing term past its notice deadline, not terminated, rolls on for
 * another period and {@link ContractRenewed} is published (the audit trail keeps the history of renewals).
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ContractLifecycle {

    /** Moves every active firm's contracts along on that firm's today; a failing firm does not stop the others. */
    @OpenOnPurpose(reason = "The scheduler moves every firm's contracts along as system work")
    int advanceAllFirms();

    /** Moves the firm's contracts along on its today; returns how many changed status or rolled over. */
    @OpenOnPurpose(reason = "Entry point of the scheduler for one firm, run as system work in that firm")
    int advance(UUID tenantId);

    /** Moves the firm's contracts along as of {@code today} (the firm's calendar day). */
    @OpenOnPurpose(reason = "The scheduler's step for one firm on a given day, run as system work in that firm")
    int advance(UUID tenantId, LocalDate today);
}
