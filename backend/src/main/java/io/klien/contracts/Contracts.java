package io.klien.contracts;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * Contracts with clients, from the draft to their end: staff draft them from a template and choose the signatories,
 * a tenant admin approves drafts above the firm's threshold, signatories sign (in order when sequential), and a
 * contract in force is terminated with the fee its terms make due. A sent contract never changes: an edit voids it
 * and starts a new version. Client users see only their own client's contracts, and only once sent.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface Contracts {

    /** A draft for the client from the template's newest version; the draft's body defaults to the template's. */
    ContractView draft(UUID clientId, UUID templateId, ContractDraft draft);

    /**
     * Edits a contract as staff left it at {@code expectedVersion}: a draft changes in place (an approval lapses);
     * a contract out for signature is voided and the edit becomes its next version, a draft to send again (returned).
     * A contract signed, in force or over is changed by amendment, not edited.
     */
    ContractView revise(UUID contractId, long expectedVersion, ContractDraft draft);

    /** The contract as its signatories will read it, merged and rendered to safe HTML. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    String preview(UUID contractId);

    /** The contract's body with the merge fields filled in (Markdown), e.g. for rendering the PDF. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    String mergedBody(UUID contractId);

    /** Whether a contract with these terms needs a tenant admin's approval before it is sent. */
    boolean needsApproval(ContractTerms terms);

    /** The fee value above which drafts need approval; none means no approval step. */
    @Nullable Money approvalThreshold();

    /** Sets (or with null, removes) the firm's approval threshold. */
    @FirmRoles(TENANT_ADMIN)
    @Nullable Money requireApprovalAbove(@Nullable Money threshold);

    /** Puts a draft before the firm's tenant admins ({@link ContractApprovalRequested} names its fee value). */
    ContractView requestApproval(UUID contractId);

    /** A tenant admin approves a draft awaiting approval: it is a draft again, now allowed to be sent. */
    @FirmRoles(TENANT_ADMIN)
    ContractView approve(UUID contractId);

    /** A tenant admin sends a draft awaiting approval back to staff with the reason. */
    @FirmRoles(TENANT_ADMIN)
    ContractView reject(UUID contractId, String reason);

    /** Sends the contract to its signatories; from now on its text is fixed. */
    ContractView send(UUID contractId);

    /** Withdraws a contract nobody has finished signing. */
    ContractView voidContract(UUID contractId, String reason);

    /** Ends a contract in force from the effective date, recording who, why and the fee its terms make due. */
    ContractView terminate(UUID contractId, String reason, LocalDate effective);

    /** The contract with its signatories; a client user sees only their own client's, once sent. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    ContractView get(UUID contractId);

    /** A client's contracts, newest first: all of them for staff, only the ones sent to it for its own users. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    List<ContractView> ofClient(UUID clientId);

    /**
     * When each of the clients first signed a contract with the firm (a client that never did is absent), in one
     * statement however many clients.
     */
    Map<UUID, Instant> firstSignedAt(Collection<UUID> clientIds);

    /**
     * One page of the firm's contracts, newest first unless the page says otherwise (ties by creation, then id, so
     * pages never overlap), with the clients' names and how far the signatories are. The same few statements whatever
     * the page size: the text's words (when filtering by text), the page, its signatories, its clients' names.
     */
    List<ContractSummary> list(ContractFilter filter, Pageable pageable);

    /** How many of the firm's contracts match the filter (for a total shown once per filter change, not per page). */
    long count(ContractFilter filter);

    /** Contracts out with their signatories (sent or partly signed). */
    long countAwaitingSignature();

    /** Contracts in force whose term ends within the next {@code days} days of the firm's calendar. */
    long countExpiringWithin(int days);

    /** The current terms of the client's contracts in force (signed, active or expiring), for later modules. */
    List<ContractTerms> termsInForce(UUID clientId);

    /**
     * The support the client's contracts in force promise, per priority: the newest contract naming a priority sets
     * it. Client users may ask for their own client (a request they raise gets its targets from it).
     */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    Map<ServiceLevel.Priority, ServiceLevel.Target> serviceLevelInForce(UUID clientId);
}
