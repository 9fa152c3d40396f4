package io.klien.ui.projects;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.klien.documents.Documents;
import io.klien.projects.DeliverableCommentView;
import io.klien.projects.DeliverableVersionView;
import io.klien.projects.DeliverableView;
import io.klien.projects.Deliverables;
import io.klien.projects.VersionState;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import io.klien.ui.documents.DocumentsPanel;

/**
 * The client reviews one version of a deliverable: opens the file or link, reads its fingerprint and the comments on
 * it, and approves it or asks for changes (a comment is then required). A version decided or superseded meanwhile is
 * refused with the reason, and the page shows the version as it now stands.
 */
class PortalReviewDialog extends Dialog {

    private final Deliverables deliverables;
    private final DeliverableVersionView version;
    private final Runnable decided;
    private final TextArea comment = new TextArea();

    PortalReviewDialog(Deliverables deliverables, Documents documents, FirmFormats formats, DeliverableView deliverable,
            DeliverableVersionView version, Runnable decided) {
        this.deliverables = deliverables;
        this.version = version;
        this.decided = decided;
        setId("portal-review-dialog");
        setHeaderTitle(getTranslation("portal.review.title", deliverable.title(), version.number()));
        setWidth("min(40em, 100vw)");

        Div facts = new Div();
        facts.addClassName("klien-portal-review");
        Span submitted = new Span(getTranslation("portal.review.submitted", formats.dateTime(version.submittedAt())));
        submitted.addClassName("klien-muted");
        facts.add(new Div(submitted));
        if (version.note() != null) {
            Paragraph note = new Paragraph(version.note());
            note.setId("portal-review-note");
            facts.add(note);
        }
        Anchor open = version.documentId() != null
                ? new Anchor(DocumentsPanel.download(documents, version.documentId()), AttachmentType.DOWNLOAD,
                        getTranslation("portal.review.download"))
                : new Anchor(version.linkUrl() == null ? "" : version.linkUrl(), getTranslation("portal.review.open-link"));
        if (version.documentId() == null) {
            open.setTarget(AnchorTarget.BLANK);
            open.getElement().setAttribute("rel", "noopener noreferrer");
        }
        open.setId("portal-review-open");
        Span hash = new Span(getTranslation("portal.review.sha256", version.sha256()));
        hash.setId("portal-review-sha256");
        hash.addClassName("klien-verify-hash");
        facts.add(new Div(open), new Div(hash));

        deliverable.versions().stream()
                .filter(v -> v.number() < version.number() && v.state() == VersionState.CHANGES_REQUESTED
                        && v.decisionComment() != null)
                .findFirst().ifPresent(previous -> {
                    Paragraph asked = new Paragraph(getTranslation("portal.review.you-asked", previous.number(),
                            previous.decisionComment()));
                    asked.setId("portal-review-you-asked");
                    asked.addClassName("klien-muted");
                    facts.add(asked);
                });
        Div thread = new Div();
        thread.setId("portal-review-comments");
        List<DeliverableCommentView> comments = deliverables.comments(version.id());
        for (DeliverableCommentView c : comments) {
            Paragraph line = new Paragraph(c.authorName() + " · " + formats.dateTime(c.createdAt()) + ": " + c.body());
            line.addClassName(c.parentId() == null ? "klien-comment" : "klien-comment-reply");
            thread.add(line);
        }

        comment.setId("portal-review-comment");
        comment.setLabel(getTranslation("portal.review.comment"));
        comment.setHelperText(getTranslation("portal.review.comment.help"));
        comment.setMaxLength(4000);
        comment.setWidthFull();

        add(facts, thread, comment);
        Button approve = new Button(getTranslation("portal.review.approve"), click -> approve());
        approve.setId("portal-review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button changes = new Button(getTranslation("portal.review.request-changes"), click -> requestChanges());
        changes.setId("portal-review-request-changes");
        Button cancel = new Button(getTranslation("portal.review.cancel"), click -> close());
        cancel.setId("portal-review-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, changes, approve);
    }

    private void approve() {
        try {
            deliverables.approve(version.id(), comment.getValue().isBlank() ? null : comment.getValue());
            Notices.success(getTranslation("portal.review.approved"));
            close();
            decided.run();
        } catch (DomainException e) {
            refused(e);
        }
    }

    private void requestChanges() {
        if (comment.getValue().isBlank()) {
            comment.setErrorMessage(getTranslation("portal.review.comment.required"));
            comment.setInvalid(true);
            comment.focus();
            return;
        }
        try {
            deliverables.requestChanges(version.id(), comment.getValue());
            Notices.success(getTranslation("portal.review.changes-requested"));
            close();
            decided.run();
        } catch (DomainException e) {
            refused(e);
        }
    }

    /** Someone else decided first, or a newer version replaced this one: say so and show the page as it now is. */
    private void refused(DomainException e) {
        if (e.field().isPresent()) {
            comment.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            comment.setInvalid(true);
            return;
        }
        Notices.refused(e);
        close();
        decided.run();
    }
}
