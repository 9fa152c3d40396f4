package io.klien.tenancy;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.util.Collection;
import java.util.Map;

import io.klien.shared.permission.FirmRoles;

/**
 * Staff photos: each colleague sets their own (in each firm they work in); colleagues and the firm's clients see them
 * wherever a person of the firm is shown (the account team in the portal above all). Client users have none.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface MemberPhotos {

    /** The side of the square a photo is stored at, in pixels. */
    int SIZE = 256;

    /**
     * Replaces the signed-in colleague's photo with the upload: a PNG or JPEG told by its bytes, cropped to its middle
     * square and re-encoded at {@value #SIZE} px; anything else is refused and the old photo kept.
     */
    MemberPhoto replaceMine(byte[] upload);

    /** Removes the signed-in colleague's photo (their initials are shown again). */
    void removeMine();

    /** The photos of the active firm's active staff among these people, by subject; people without one are missing. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    Map<String, MemberPhoto> ofStaff(Collection<String> subjects);
}
