package io.klien.ui.clients;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import io.klien.clients.ClientImport;
import io.klien.clients.ImportPreview;
import io.klien.clients.ImportProblem;
import io.klien.clients.ImportResult;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.documents.BoundedUpload;
import io.klien.ui.documents.UploadTexts;

/**
 * Import clients and contacts from a CSV file: upload, see what would be created and every problem by line and
 * column, then import all of it or nothing.
 */
class ImportClientsDialog extends Dialog {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final ClientImport importer;
    private final Runnable imported;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Button commit = new Button();
    private byte[] file;

    ImportClientsDialog(ClientImport importer, Runnable imported) {
        this.importer = importer;
        this.imported = imported;
        setHeaderTitle(getTranslation("clients.import.title"));
        setWidth("760px");
        Paragraph help = new Paragraph(getTranslation("clients.import.help"));
        help.addClassName("klien-muted");
        Upload upload = new Upload(BoundedUpload.inMemory(MAX_BYTES, (metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> preview(bytes))),
                refused -> getUI().ifPresent(ui -> ui.access(this::tooLarge)),
                "clients.import.too-large", MAX_BYTES / (1024 * 1024)));
        upload.setId("clients-import-upload");
        upload.setAcceptedFileExtensions(".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(rejected -> tooLarge());
        summary.setId("clients-import-summary");
        problems.setId("clients-import-problems");
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("clients.import.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("clients.import.column")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.reason())).setHeader(getTranslation("clients.import.reason")).setFlexGrow(1);
        problems.addColumn(p -> p.value() == null ? "" : p.value()).setHeader(getTranslation("clients.import.value")).setAutoWidth(true);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        commit.setText(getTranslation("clients.import.commit"));
        commit.setId("clients-import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(click -> commit());
        add(help, UploadTexts.withHint(upload, getTranslation("clients.import.drop-hint", MAX_BYTES / (1024 * 1024))),
                summary, problems);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), commit);
    }

    private void tooLarge() {
        file = null;
        commit.setEnabled(false);
        problems.setVisible(false);
        summary.setText(getTranslation("clients.import.too-large", MAX_BYTES / (1024 * 1024)));
        summary.addClassName("klien-warning-text");
    }

    void preview(byte[] bytes) {
        file = bytes;
        summary.removeClassName("klien-warning-text");
        try {
            ImportPreview preview = importer.preview(new ByteArrayInputStream(bytes));
            problems.setItems(preview.problems());
            problems.setVisible(!preview.problems().isEmpty());
            commit.setEnabled(preview.importable());
            summary.setText(preview.importable()
                    ? getTranslation("clients.import.ready", preview.clientCount(), preview.contactCount())
                    : getTranslation("clients.import.problems", preview.problems().size()));
            if (!preview.importable()) {
                summary.addClassName("klien-warning-text");
            }
        } catch (DomainException e) {
            commit.setEnabled(false);
            problems.setVisible(false);
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
            summary.addClassName("klien-warning-text");
        }
    }

    private void commit() {
        try {
            ImportResult result = importer.commit(new ByteArrayInputStream(file));
            close();
            imported.run();
            Notices.success(getTranslation("clients.import.done", result.clientsCreated(), result.contactsCreated()));
        } catch (DomainException e) {
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
            summary.addClassName("klien-warning-text");
        }
    }
}
