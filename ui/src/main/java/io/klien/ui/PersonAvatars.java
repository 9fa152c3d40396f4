package io.klien.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.klien.tenancy.MemberPhoto;
import org.jspecify.annotations.Nullable;

/** A person's avatar: their photo where they set one (staff only), else their initials. */
public final class PersonAvatars {

    private PersonAvatars() {
    }

    /** The avatar of a person by name, showing their photo when there is one. */
    public static Avatar of(String name, @Nullable MemberPhoto photo) {
        Avatar avatar = new Avatar(name);
        show(avatar, photo);
        return avatar;
    }

    /** Shows the photo on the avatar, or the initials again when there is none. */
    public static void show(Avatar avatar, @Nullable MemberPhoto photo) {
        if (photo == null) {
            avatar.setImage(null);
            return;
        }
        byte[] content = photo.content();
        String contentType = photo.contentType();
        String fileName = "photo-" + photo.updatedAt().toEpochMilli() + (contentType.endsWith("png") ? ".png" : ".jpg");
        avatar.setImageHandler(DownloadHandler.fromInputStream(
                event -> new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length)));
    }
}
