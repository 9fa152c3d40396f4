package io.klien.ui.documents;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import io.klien.documents.DocumentPolicy;
import io.klien.documents.Documents;
import io.klien.documents.ReceivedUpload;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;

/**
 * Files attached to something being written (a message, a request): each received on the upload's own request (no UI
 * lock held while a slow sender sends) and checked by the documents module, kept until stored with what they are
 * attached to, and discarded when the page is left or {@link #discard() on demand}.
 */
public class PendingUploads extends Div {

    private final Documents documents;
    private final DocumentPolicy policy;
    private final List<ReceivedUpload> received = new ArrayList<>();
    private final Span summary = new Span();

    /** An upload area with the given id; its summary line gets the id with "-received" appended. */
    public PendingUploads(Documents documents, DocumentPolicy policy, int maxFiles, String id) {
        this.documents = documents;
        this.policy = policy;
        long maxMegabytes = policy.maxBytes() / (1024 * 1024);
        Upload files = new Upload(BoundedUpload.streaming(policy.maxBytes(), this::receive,
                message -> getUI().ifPresent(ui -> ui.access(() -> Notices.error(message))), "documents.too-large",
                maxMegabytes + " MB"));
        files.setId(id);
        files.setMaxFiles(maxFiles);
        files.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxBytes()));
        files.setAcceptedFileExtensions(policy.acceptedExtensions().split(",\\s*"));
        files.addFileRejectedListener(rejected -> Notices.error(rejected.getErrorMessage()));
        summary.setId(id + "-received");
        summary.addClassName("klien-muted");
        add(UploadTexts.withHint(files, getTranslation("documents.drop-hint", policy.acceptedExtensions(),
                maxMegabytes)), summary);
    }

    void receive(UploadEvent event, InputStream content) {
        UI ui = event.getUI();
        try {
            ReceivedUpload arrived = documents.receive(event.getFileName(), event.getContentType(), content, policy);
            ui.access(() -> {
                received.add(arrived);
                summary.setText(getTranslation("documents.attached", received.size()));
            });
        } catch (DomainException refusal) {
            if (BoundedUpload.isRefusal(refusal)) {
                throw refusal;
            }
            String message = ui.getTranslation(refusal.messageKey(), refusal.arguments());
            event.reject(message);
            ui.access(() -> Notices.error(message));
        }
    }

    /**
     * The files received so far, for the caller to store with what they belong to, then {@link #discard()} once stored
     * (a refusal keeps them here for another try).
     */
    public List<ReceivedUpload> files() {
        return List.copyOf(received);
    }

    /** Lets go of the files received so far (stored by now, or not wanted). */
    public void discard() {
        received.forEach(ReceivedUpload::close);
        received.clear();
        summary.setText("");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discard();
        super.onDetach(detachEvent);
    }
}
