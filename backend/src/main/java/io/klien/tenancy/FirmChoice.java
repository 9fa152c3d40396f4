package io.klien.tenancy;

import java.util.UUID;

import io.klien.shared.FirmRole;
import org.jspecify.annotations.Nullable;

/** A firm the signed-in person may work in, with their role there: what the firm picker lists. */
public record FirmChoice(UUID tenantId, String firmName, String primaryColor, FirmRole role, @Nullable UUID clientId) {
}
