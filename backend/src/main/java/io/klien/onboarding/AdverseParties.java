package io.klien.onboarding;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.UUID;

import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The parties the firm acts against, recorded by staff so that conflict checks find them. */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface AdverseParties {

    /** Records a party with a note (the matter, the period); conflict checks find it by its name's words. */
    AdversePartyView record(String name, @Nullable String note);

    /** The recorded parties by name. */
    Page<AdversePartyView> list(Pageable pageable);

    /** Forgets a party recorded by mistake. */
    void remove(UUID id);
}
