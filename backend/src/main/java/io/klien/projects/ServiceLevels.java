package io.klien.projects;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.Map;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/**
 * The firm's service levels for support requests: targets per priority in business minutes (a firm default, which a
 * client may have overridden) and the business hours they count in, in the firm's time zone. Tenant admins set them.
 */
@FirmRoles(TENANT_ADMIN)
public interface ServiceLevels {

    /** The firm's default targets for every priority (built-in ones where the firm set none). */
    @FirmRoles({TENANT_ADMIN, STAFF})
    Map<SupportPriority, SlaTargets> defaults();

    /** Sets the firm's default targets for a priority. */
    Map<SupportPriority, SlaTargets> setDefault(SupportPriority priority, SlaTargets targets);

    /** The targets that apply to a client's requests: its contract's service level, else its own, else the firm's. */
    @FirmRoles({TENANT_ADMIN, STAFF})
    Map<SupportPriority, SlaTargets> forClient(UUID clientId);

    /** Sets a client's own targets for a priority. */
    Map<SupportPriority, SlaTargets> setForClient(UUID clientId, SupportPriority priority, SlaTargets targets);

    /** Removes a client's own targets for a priority (the firm's apply again). */
    Map<SupportPriority, SlaTargets> clearForClient(UUID clientId, SupportPriority priority);

    /** The firm's business hours (Monday to Friday, 09:00 to 17:00 until set). */
    @FirmRoles({TENANT_ADMIN, STAFF})
    BusinessHours businessHours();

    /** Sets the firm's business hours and holidays. */
    BusinessHours setBusinessHours(BusinessHours hours);
}
