package io.klien.shared.time;

import java.util.Optional;
import java.util.UUID;

/**
 * The port through which {@link FirmTime} learns a firm's zone and language, implemented by the module that owns
 * firms (tenancy), so that shared code does not depend on it.
 */
public interface FirmLocalities {

    /** The firm's zone and language, or empty for a firm that does not exist. */
    Optional<FirmLocality> of(UUID tenantId);

    /** Forgets what was read of the firm, after its settings changed (also outside the application, e.g. by SQL). */
    void forget(UUID tenantId);
}
