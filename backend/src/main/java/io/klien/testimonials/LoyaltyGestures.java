package io.klien.testimonials;

import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.List;
import java.util.UUID;

import io.klien.shared.permission.FirmRoles;

/** Loyalty gestures staff record per client (voucher, gift, event invitation, free consultation). */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface LoyaltyGestures {

    /** The longest note, in characters. */
    int NOTE_MAX = 1000;

    /** A client's gestures, newest first. */
    List<LoyaltyGestureView> ofClient(UUID clientId);

    /** Records a gesture; a missing kind or day, a day in the future, or a bad value is refused, saying which. */
    LoyaltyGestureView record(NewLoyaltyGesture gesture);

    /** Removes a recorded gesture. */
    void remove(UUID gestureId);

    /** The currency a value is in unless staff say otherwise: the firm's (from its locale), else IDR. */
    String firmCurrency();
}
