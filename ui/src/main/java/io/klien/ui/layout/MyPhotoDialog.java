package io.klien.ui.layout;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import io.klien.shared.DomainException;
import io.klien.shared.ImageInput;
import io.klien.tenancy.MemberPhoto;
import io.klien.tenancy.MemberPhotos;
import io.klien.ui.Notices;
import io.klien.ui.PersonAvatars;
import io.klien.ui.documents.BoundedUpload;
import io.klien.ui.documents.UploadTexts;
import io.klien.ui.security.SignedInUser;
import org.jspecify.annotations.Nullable;

/**
 * A colleague's own photo, shown to colleagues and to the firm's clients on their account team: upload a PNG or JPEG
 * (cropped to its middle square and resized by Klien) or remove it to show initials again.
 */
class MyPhotoDialog extends Dialog {

    private final Avatar preview;
    private final Button remove;
    private final Consumer<@Nullable MemberPhoto> changed;

    MyPhotoDialog(MemberPhotos photos, SignedInUser user, Consumer<@Nullable MemberPhoto> changed) {
        this.changed = changed;
        setHeaderTitle(getTranslation("layout.photo.title"));
        setId("my-photo-dialog");
        MemberPhoto current = photos.ofStaff(List.of(user.subject())).get(user.subject());
        preview = PersonAvatars.of(user.displayName(), current);
        preview.setId("my-photo-preview");
        preview.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        Upload upload = new Upload(BoundedUpload.inMemory(ImageInput.MAX_UPLOAD_BYTES, (metadata, bytes) -> {
            // runs in the upload request, where the firm is bound; the dialog is updated under the UI's lock
            MemberPhoto saved = null;
            String problem = null;
            try {
                saved = photos.replaceMine(bytes);
            } catch (DomainException e) {
                problem = getTranslation(e.messageKey(), e.arguments());
            }
            MemberPhoto result = saved;
            String failure = problem;
            getUI().ifPresent(ui -> ui.access(() -> {
                if (result != null) {
                    shown(result);
                    Notices.success(getTranslation("layout.photo.saved"));
                } else {
                    problem(failure);
                }
            }));
        }, refused -> getUI().ifPresent(ui -> ui.access(() -> problem(refused))),
                "tenancy.photo.size", ImageInput.MAX_UPLOAD_BYTES / (1024 * 1024)));
        upload.setId("my-photo-upload");
        upload.setAcceptedMimeTypes("image/png", "image/jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageInput.MAX_UPLOAD_BYTES);
        upload.addFileRejectedListener(rejected -> problem(getTranslation("tenancy.photo.size",
                ImageInput.MAX_UPLOAD_BYTES / (1024 * 1024))));
        Paragraph who = new Paragraph(getTranslation("layout.photo.who-sees"));
        who.addClassName("klien-muted");
        remove = new Button(getTranslation("layout.photo.remove"), click -> {
            photos.removeMine();
            shown(null);
            Notices.success(getTranslation("layout.photo.removed"));
        });
        remove.setId("my-photo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setEnabled(current != null);
        add(preview, who, UploadTexts.withHint(upload, getTranslation("layout.photo.hint",
                ImageInput.MAX_UPLOAD_BYTES / (1024 * 1024))));
        setWidth("28rem");
        Button done = new Button(getTranslation("layout.photo.done"), click -> close());
        done.setId("my-photo-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(remove, done);
    }

    private void shown(@Nullable MemberPhoto photo) {
        PersonAvatars.show(preview, photo);
        remove.setEnabled(photo != null);
        changed.accept(photo);
    }

    private static void problem(String message) {
        Notices.withId(Notices.warning(message), "my-photo-problem");
    }
}
