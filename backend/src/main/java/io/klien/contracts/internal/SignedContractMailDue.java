package io.klien.contracts.internal;

import java.util.UUID;

/** A contract was signed by everyone and sealed: each party gets the sealed PDF once the seal has committed. */
record SignedContractMailDue(UUID tenantId, UUID contractId) {
}
