package io.klien.contracts;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * Amendments (addenda): a contract in force changes only by an amendment that names the terms it changes and is
 * signed like any contract (drafted here, then sent and signed as usual, by the original's signatories unless staff
 * change them). When everyone has signed it, the original's current terms become the amended ones, the change is
 * kept in the contract's terms history and {@link ContractAmended} is published.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface ContractAmendments {

    /**
     * Drafts an amendment of a contract in force changing the given terms (each at most once, and at least one to a
     * new value): a draft of kind {@link ContractKind#AMENDMENT} with the original's current terms and these changes,
     * a body in the firm's language naming the changed terms with their new values, and the original's signatories.
     * Refused for a contract that is voided, expired, terminated or not yet signed, and for an amendment.
     */
    ContractView draftAmendment(UUID contractId, TermChange... changes);

    /** How the contract's terms were changed by signed amendments, oldest first. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<TermsAmendment> history(UUID contractId);

    /** The terms the amendment changes (empty for a contract that is not an amendment). */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    Set<TermName> changedBy(UUID amendmentId);
}
