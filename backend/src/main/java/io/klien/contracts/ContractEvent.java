package io.klien.contracts;

import java.util.UUID;

/** Something that happened to a contract, carrying the firm; each one goes to the firm's audit chain. */
public interface ContractEvent {

    UUID tenantId();

    UUID contractId();

    /** The audit action, e.g. {@code contract.sent}. */
    String auditAction();

    /** A short summary for the audit entry. */
    String auditDetails();
}
