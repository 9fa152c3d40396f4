package io.klien.ui.documents;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import io.klien.documents.DocumentDownload;
import io.klien.documents.DocumentPolicy;
import io.klien.documents.DocumentView;
import io.klien.documents.Documents;
import io.klien.shared.DomainException;
import io.klien.shared.time.Formats;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one record: an upload area (streamed straight into document storage, never held whole in memory; the
 * browser shows the progress) and the list of what was received, each downloadable (every download is audited by
 * {@link Documents#open}). Refused files say why, in the person's language, and leave nothing stored.
 */
public class DocumentsPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DocumentsPanel.class);

    /** Stores one incoming file for the record; throws a {@link DomainException} to refuse it. */
    @FunctionalInterface
    public interface Receiver {
        DocumentView store(String filename, String declaredType, InputStream content);
    }

    private final Documents documents;
    private final Supplier<List<DocumentView>> listing;
    private final Receiver receiver;
    private final Div received = new Div();
    private final Runnable afterUpload;
    private @org.jspecify.annotations.Nullable ZoneId zone;

    /**
     * @param idPrefix    prefix of the component ids ({@code <prefix>-upload}, {@code <prefix>-files})
     * @param policy      what may be uploaded (shown as a hint; enforced again by the storage)
     * @param maxFiles    how many files one drop may carry
     * @param receiver    null when the person may only look and download
     * @param afterUpload called (in the UI) after each stored file, e.g. to refresh a checklist
     */
    public DocumentsPanel(String idPrefix, Documents documents, DocumentPolicy policy, int maxFiles,
            Supplier<List<DocumentView>> listing, @org.jspecify.annotations.Nullable Receiver receiver,
            Runnable afterUpload) {
        this.documents = documents;
        this.listing = listing;
        this.receiver = receiver == null ? (n, t, c) -> {
            throw new DomainException("documents.upload.not-allowed");
        } : receiver;
        this.afterUpload = afterUpload;
        setPadding(false);
        setSpacing(false);
        received.setId(idPrefix + "-files");
        received.addClassName("klien-documents");
        if (receiver != null) {
            long maxMegabytes = Math.max(1, policy.maxBytes() / (1024 * 1024));
            Upload upload = new Upload(BoundedUpload.streaming(policy.maxBytes(), this::receive, this::refusedInUpload,
                    "documents.too-large", maxMegabytes + " MB"));
            upload.setId(idPrefix + "-upload");
            upload.setMaxFiles(Math.max(1, maxFiles));
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxBytes()));
            upload.setAcceptedFileExtensions(policy.acceptedExtensions().split(",\\s*"));
            upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage()));
            add(UploadTexts.withHint(upload, getTranslation("documents.drop-hint", policy.acceptedExtensions(),
                    maxMegabytes)));
        }
        add(received);
        refresh();
    }

    /**
     * Streams one upload (at most the policy's size, {@link BoundedUpload}) into storage; runs on the upload request
     * (tenant bound by the request filter, UI unlocked).
     */
    void receive(UploadEvent event, InputStream content) {
        UI ui = event.getUI();
        try {
            DocumentView stored = receiver.store(event.getFileName(), event.getContentType(), content);
            ui.access(() -> {
                refresh();
                afterUpload.run();
                Notices.success(getTranslation("documents.received", stored.filename()));
            });
        } catch (DomainException refused) {
            if (BoundedUpload.isRefusal(refused)) {
                throw refused;
            }
            event.reject(ui.getTranslation(refused.messageKey(), refused.arguments()));
            ui.access(() -> error(getTranslation(refused.messageKey(), refused.arguments())));
        } catch (UncheckedIOException e) {
            log.warn("Upload of {} failed", event.getFileName(), e);
            event.reject(ui.getTranslation("documents.upload.failed"));
            ui.access(() -> error(getTranslation("documents.upload.failed")));
        }
    }

    private void refusedInUpload(String message) {
        getUI().ifPresent(ui -> ui.access(() -> error(message)));
    }

    /** Shows upload times in this zone instead of the acting firm's. */
    public DocumentsPanel inZone(ZoneId zone) {
        this.zone = zone;
        refresh();
        return this;
    }

    /** Reloads the list of received files. */
    public void refresh() {
        received.removeAll();
        List<DocumentView> files = listing.get();
        if (files.isEmpty()) {
            Span none = new Span(getTranslation("documents.none"));
            none.addClassName("klien-muted");
            received.add(none);
            return;
        }
        Formats when = zone == null ? FirmFormats.current().formats() : new Formats(zone, getLocale());
        for (DocumentView file : files) {
            Anchor download = new Anchor(download(documents, file.id()), AttachmentType.DOWNLOAD, file.filename());
            download.setId("document-" + file.id());
            Div row = new Div(VaadinIcon.FILE_O.create(), download,
                    new Text(" · " + size(file.size()) + " · " + when.dateTime(file.uploadedAt())));
            row.addClassName("klien-document-row");
            received.add(row);
        }
    }

    /**
     * Streams the document with the headers the documents module decided (its detected type, a Content-Disposition
     * with the sanitised name in both plain and RFC 5987 form, no sniffing); opening it is what audits the download.
     * Pages that link a document outside a panel use it too.
     */
    public static DownloadHandler download(Documents documents, java.util.UUID documentId) {
        return event -> {
            try (DocumentDownload download = documents.open(documentId)) {
                event.setContentType(download.contentType());
                event.setContentLength(download.document().size());
                event.getResponse().setHeader("Content-Disposition", download.contentDisposition());
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                download.content().transferTo(event.getOutputStream());
            }
        };
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("documents.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("documents.size.kb", Math.max(1, bytes / 1024));
        }
        return getTranslation("documents.size.mb", String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private void error(String message) {
        Notices.error(message).setId("documents-error");
    }
}
