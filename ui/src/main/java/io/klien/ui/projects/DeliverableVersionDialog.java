package io.klien.ui.projects;

import java.io.InputStream;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import io.klien.documents.ReceivedUpload;
import io.klien.projects.DeliverableVersionView;
import io.klien.projects.DeliverableView;
import io.klien.projects.Deliverables;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.documents.BoundedUpload;
import io.klien.ui.documents.UploadTexts;
import org.jspecify.annotations.Nullable;

/**
 * Submits a deliverable's next version for the client's review: a file (received in full into the documents
 * module's temporary storage first, checked by content, and stored only when submitted) or a link. A version still
 * in review is superseded by it. Closing the dialog without submitting discards a received file.
 */
class DeliverableVersionDialog extends Dialog {

    enum Source {
        FILE, LINK
    }

    private final ProjectServices services;
    private final Span received = new Span();
    private @Nullable ReceivedUpload upload;

    DeliverableVersionDialog(ProjectServices services, DeliverableView deliverable, Runnable submitted) {
        this.services = services;
        setHeaderTitle(getTranslation("projects.ui.version.submit-title", deliverable.title()));
        setWidth("36rem");
        RadioButtonGroup<Source> source = new RadioButtonGroup<>(getTranslation("projects.ui.version.source"));
        source.setId("project-version-source");
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation("projects.ui.version.source." + s.name()));
        TextField url = new TextField(getTranslation("projects.ui.version.url"));
        url.setId("project-version-url");
        url.setPlaceholder("https://");
        url.setWidthFull();
        long maxMegabytes = Deliverables.FILES.maxBytes() / (1024 * 1024);
        Upload file = new Upload(BoundedUpload.streaming(Deliverables.FILES.maxBytes(), this::receive,
                message -> getUI().ifPresent(ui -> ui.access(() -> refused(message))), "documents.too-large",
                maxMegabytes + " MB"));
        file.setId("project-version-upload");
        file.setMaxFiles(1);
        file.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, Deliverables.FILES.maxBytes()));
        file.setAcceptedFileExtensions(Deliverables.FILES.acceptedExtensions().split(",\\s*"));
        file.addFileRejectedListener(rejected -> refused(rejected.getErrorMessage()));
        Div fileArea = new Div(UploadTexts.withHint(file, getTranslation("documents.drop-hint",
                Deliverables.FILES.acceptedExtensions(), maxMegabytes)), received);
        received.setId("project-version-received");
        received.addClassName("klien-muted");
        TextField note = new TextField(getTranslation("projects.ui.version.note"));
        note.setId("project-version-note");
        note.setWidthFull();
        source.addValueChangeListener(change -> {
            url.setVisible(change.getValue() == Source.LINK);
            fileArea.setVisible(change.getValue() == Source.FILE);
        });
        source.setValue(Source.LINK);
        Button submit = new Button(getTranslation("projects.ui.version.submit"), click -> {
            try {
                DeliverableVersionView version;
                if (source.getValue() == Source.LINK) {
                    version = services.deliverables().submitLink(deliverable.id(), url.getValue(), blank(note));
                } else if (upload != null) {
                    try (ReceivedUpload stored = upload) {
                        upload = null;
                        version = services.deliverables().submitFile(deliverable.id(), stored, blank(note));
                    }
                } else {
                    refused(getTranslation("projects.ui.version.no-file"));
                    return;
                }
                close();
                Notices.success(getTranslation("projects.ui.version.submitted", version.number(),
                        deliverable.title()));
                submitted.run();
            } catch (DomainException e) {
                if (upload == null) {
                    received.setText("");
                }
                Refusals.show(e, Map.of("url", url, "note", note), "project-version-refused");
            }
        });
        submit.setId("project-version-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(source, url, fileArea, note);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                discard();
            }
        });
    }

    /**
     * Receives the file on the upload's own request (the firm bound by the request filter, the UI not locked), so a
     * slow sender holds no lock; the dialog keeps it until it is submitted or discarded.
     */
    void receive(UploadEvent event, InputStream content) {
        UI ui = event.getUI();
        try {
            ReceivedUpload arrived = services.documents().receive(event.getFileName(), event.getContentType(),
                    content, Deliverables.FILES);
            ui.access(() -> {
                discard();
                upload = arrived;
                received.setText(getTranslation("projects.ui.version.received", event.getFileName()));
            });
        } catch (DomainException refusal) {
            if (BoundedUpload.isRefusal(refusal)) {
                throw refusal;
            }
            String message = ui.getTranslation(refusal.messageKey(), refusal.arguments());
            event.reject(message);
            ui.access(() -> refused(message));
        }
    }

    private void discard() {
        if (upload != null) {
            upload.close();
            upload = null;
            received.setText("");
        }
    }

    private static void refused(String message) {
        Notices.withId(Notices.error(message), "project-version-refused");
    }

    private static @Nullable String blank(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue();
    }
}
