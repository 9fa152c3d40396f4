package io.klien.leads;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;

/** Incentives offered to win a lead (a discount, a free consultation) and what became of them. */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface LeadIncentives {

    IncentiveView offerIncentive(UUID leadId, IncentiveType type, @Nullable String note);

    IncentiveView updateIncentive(UUID incentiveId, IncentiveStatus status);

    List<IncentiveView> incentives(UUID leadId);
}
