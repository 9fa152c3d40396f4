package io.klien.contracts;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * The firm's contract templates, per service line: tenant admins edit them, staff draft contracts from them. Every
 * save writes a new version and the newest is the one new contracts copy; contracts keep their own copy, so an edit
 * never changes a contract already drafted.
 */
@FirmRoles(TENANT_ADMIN)
public interface ContractTemplates {

    /** The newest version of each of the firm's templates, by name; on first use the firm gets the one for its kind. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    List<ContractTemplateView> list();

    /** The version new contracts copy. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    ContractTemplateView current(UUID templateId);

    /** A template's versions, newest first. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    List<ContractTemplateView> versions(UUID templateId);

    /** A new template with its first version. */
    ContractTemplateView create(ContractTemplateDefinition definition);

    /** Saves an edit as the template's next version, when made from the newest revision (a stale one is refused). */
    ContractTemplateView save(UUID templateId, long expectedRevision, ContractTemplateDefinition definition);

    /** Any version, e.g. the one a contract was copied from. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    ContractTemplateView version(UUID versionId);

    /**
     * Creates the firm's starting template for its kind, in its language, unless it has it: run when a firm is
     * created, and on first use by firms created before contracts existed.
     */
    void seedStartingTemplate();
}
