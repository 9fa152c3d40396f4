package io.klien.contracts;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * Renewal in one click: a new draft from a contract's current terms with the term moved to the next period, the same
 * body and signatories, as the next version of the same contract (same lineage), to review and send as usual.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ContractRenewals {

    /**
     * Drafts the renewal of a contract in force or expired: the next period starts the day after the running one
     * ends and lasts as long as a renewal period (an auto-renewing term) or as the term did (a fixed term).
     */
    ContractView draftRenewal(UUID contractId);
}
