package io.klien.ui.documents;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Every upload in the user's language, saying which files it takes. The drop label says it where files can be
 * dropped; phones and tablets (where Vaadin hides the drop label) get the same words as a hint under the button.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /**
     * Translates {@code upload} and shows {@code allowed} (which types, how large) as its drop label and, on touch
     * screens, as a hint; returns the upload with the hint, to add in its place. The hint's id is the upload's plus
     * {@code -hint}.
     */
    public static Div withHint(Upload upload, String allowed) {
        upload.setI18n(i18n(upload));
        upload.setDropLabel(new Span(allowed));
        Span hint = new Span(allowed);
        upload.getId().ifPresent(id -> hint.setId(id + "-hint"));
        hint.addClassName("klien-upload-hint");
        Div wrapper = new Div(upload, hint);
        wrapper.addClassName("klien-upload");
        return wrapper;
    }

    static UploadI18N i18n(Component c) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.add.one"))
                        .setMany(c.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop.one"))
                        .setMany(c.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(c.getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(c.getTranslation("upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(c.getTranslation("upload.status.connecting"))
                                .setStalled(c.getTranslation("upload.status.stalled"))
                                .setProcessing(c.getTranslation("upload.status.processing"))
                                .setHeld(c.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(c.getTranslation("upload.remaining.prefix"))
                                .setUnknown(c.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(c.getTranslation("upload.failed.unavailable"))
                                .setUnexpectedServerError(c.getTranslation("upload.failed.unexpected"))
                                .setForbidden(c.getTranslation("upload.failed.forbidden"))
                                .setFileTooLarge(c.getTranslation("upload.error.too-big"))))
                .setFile(new UploadI18N.File().setRetry(c.getTranslation("upload.file.retry"))
                        .setStart(c.getTranslation("upload.file.start"))
                        .setRemove(c.getTranslation("upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }
}
