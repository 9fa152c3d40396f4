package io.klien.testimonials;

import java.util.List;
import java.util.UUID;

/** A client at risk and why, for the dashboard. */
public record ClientAtRisk(UUID clientId, String clientName, List<RiskReason> reasons) {
}
