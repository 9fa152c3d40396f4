package io.klien.ui.onboarding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.klien.onboarding.CommentView;
import io.klien.onboarding.ConflictCheckView;
import io.klien.onboarding.ConflictDecision;
import io.klien.onboarding.ConflictHit;
import io.klien.onboarding.FormRejected;
import io.klien.onboarding.IdentityDocumentType;
import io.klien.onboarding.KickoffMeeting;
import io.klien.onboarding.KycMethod;
import io.klien.onboarding.KycRecord;
import io.klien.onboarding.OnboardingUploads;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepView;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import io.klien.ui.documents.DocumentsPanel;

/**
 * One step of a checklist: what it asks, who does it by when and where it stands, and (when the viewer may act on it)
 * the work itself, by step type, with its comment thread. Every action reloads the checklist through
 * {@code changed}, so progress and newly opened steps show at once.
 */
class StepCard extends Div {

    private final StepView step;
    private final OnboardingServices services;
    private final boolean clientUser;
    private final Runnable changed;

    StepCard(StepView step, OnboardingServices services, boolean clientUser, Runnable changed) {
        this.step = step;
        this.services = services;
        this.clientUser = clientUser;
        this.changed = changed;
        setId("step-" + step.position());
        addClassNames("klien-step", "klien-step-" + step.state().name().toLowerCase(java.util.Locale.ROOT));
        if (step.overdue()) {
            addClassName("klien-step-overdue");
        }
        add(header());
        boolean mine = !clientUser || step.ownerSide() == StepSide.CLIENT;
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (step.instructions() != null) {
            body.add(new Paragraph(step.instructions()));
        }
        if (step.state() == StepState.LOCKED) {
            Span waits = new Span(getTranslation("onboarding.ui.waits-for", String.join(", ", step.prerequisites())));
            waits.addClassName("klien-muted");
            body.add(waits);
        } else if (mine) {
            body.add(work());
        }
        if (mine) {
            body.add(comments());
        }
        Details details = new Details(new Span(getTranslation("onboarding.ui.details")), body);
        details.setId("step-" + step.position() + "-details");
        details.setOpened(mine && (step.state() == StepState.OPEN || step.state() == StepState.IN_PROGRESS));
        add(details);
    }

    private Component header() {
        Span state = badge(getTranslation("onboarding.state." + step.state().name()), step.state() == StepState.DONE
                ? "success" : step.state() == StepState.LOCKED || step.state() == StepState.SKIPPED ? "contrast" : "");
        state.setId("step-" + step.position() + "-state");
        H4 title = new H4(step.title());
        title.addClassName("klien-step-title");
        String side = clientUser
                ? getTranslation(step.ownerSide() == StepSide.CLIENT ? "onboarding.ui.side.you" : "onboarding.ui.side.firm")
                : getTranslation("onboarding.side." + step.ownerSide().name());
        Span meta = new Span(String.join(" · ", List.of(getTranslation("onboarding-templates.step-type." + step.type().name()), side,
                getTranslation("onboarding.ui.due", date(step.dueDate())),
                getTranslation(step.required() ? "onboarding.ui.required" : "onboarding.ui.optional"))));
        meta.addClassName("klien-muted");
        HorizontalLayout top = new HorizontalLayout(state, title);
        top.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Div header = new Div(top, meta);
        if (step.overdue()) {
            Span overdue = badge(getTranslation("onboarding.ui.overdue"), "error");
            overdue.setId("step-" + step.position() + "-overdue");
            top.add(overdue);
        }
        if (!clientUser && step.assigneeSubject() != null) {
            header.add(new Span(" · " + services.personName().apply(step.assigneeSubject())));
        }
        if (step.completedAt() != null) {
            Span done = new Span(getTranslation("onboarding.ui.completed-by", services.personName().apply(step.completedBy()),
                    dateTime(step.completedAt())));
            done.addClassName("klien-muted");
            header.add(new Div(done));
        }
        return header;
    }

    private Component work() {
        VerticalLayout work = new VerticalLayout();
        work.setPadding(false);
        boolean open = step.state() == StepState.OPEN || step.state() == StepState.IN_PROGRESS;
        switch (step.type()) {
            case INTAKE_FORM -> work.add(form(open));
            case DOCUMENT_REQUEST -> work.add(documents(open));
            case CONFLICT_CHECK -> work.add(conflict(open));
            case KYC -> work.add(kyc(open));
            case KICKOFF_MEETING -> work.add(kickoff());
            case ENGAGEMENT_LETTER -> work.add(letter(open));
            case INTERNAL_TASK -> {
                if (open) {
                    work.add(button("done", "onboarding.ui.mark-done", () -> services.steps().completeTask(step.id()),
                            "onboarding.ui.step-done"));
                }
            }
        }
        if (open && !step.required() && !clientUser) {
            work.add(button("skip", "onboarding.ui.skip", () -> services.steps().skip(step.id(), null),
                    "onboarding.ui.step-skipped"));
        }
        return work;
    }

    private Component form(boolean open) {
        IntakeForm form = new IntakeForm("step-" + step.position() + "-field", step.fields(), step.answers(), open,
                (field, saved) -> fileInput(field, saved, open));
        VerticalLayout layout = new VerticalLayout(form);
        layout.setPadding(false);
        if (open) {
            Button draft = new Button(getTranslation("onboarding.ui.save-draft"), click -> act(
                    () -> services.steps().saveDraft(step.id(), step.version(), form.answers()),
                    "onboarding.ui.draft-saved", form));
            draft.setId("step-" + step.position() + "-draft");
            Button submit = new Button(getTranslation("onboarding.ui.submit"), click -> act(
                    () -> services.steps().submitForm(step.id(), step.version(), form.answers()),
                    "onboarding.ui.form-sent", form));
            submit.setId("step-" + step.position() + "-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(new HorizontalLayout(draft, submit));
            if (step.answersSavedAt() != null) {
                Span saved = new Span(getTranslation("onboarding.ui.draft-saved-at", dateTime(step.answersSavedAt())));
                saved.addClassName("klien-muted");
                layout.add(saved);
            }
        }
        return layout;
    }

    /** A FILE field: files uploaded for it are stored at once; the form's answers carry their ids. */
    private IntakeForm.FileInput fileInput(io.klien.onboarding.FormField field, List<String> saved, boolean open) {
        List<String> ids = new java.util.concurrent.CopyOnWriteArrayList<>(saved);
        VerticalLayout layout = new VerticalLayout(new Span(field.label() + (field.required() ? " *" : "")));
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(new DocumentsPanel("step-" + step.position() + "-file-" + field.key(), services.documents(),
                OnboardingUploads.FORM_FILE, 5,
                () -> services.uploads().documents(step.id()).stream().filter(d -> ids.contains(d.id().toString())).toList(),
                open ? (name, type, content) -> {
                    io.klien.documents.DocumentView stored = services.uploads().uploadFormFile(step.id(), field.key(),
                            name, type, content);
                    ids.add(stored.id().toString());
                    return stored;
                } : null,
                () -> { }).inZone(services.zone()));
        return new IntakeForm.FileInput(layout, () -> List.copyOf(ids));
    }

    private Component documents(boolean open) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (step.documents() != null) {
            layout.add(new Paragraph(getTranslation("onboarding.ui.documents-asked", step.documents().what())));
        }
        DocumentsPanel panel = new DocumentsPanel("step-" + step.position() + "-documents", services.documents(),
                OnboardingUploads.policyOf(step.documents()), step.documents() == null ? 1 : step.documents().maxFiles(),
                () -> services.uploads().documents(step.id()),
                open ? (name, type, content) -> services.uploads().upload(step.id(), name, type, content) : null,
                changed).inZone(services.zone());
        layout.add(panel);
        if (open) {
            layout.add(button("documents-complete", "onboarding.ui.documents-complete",
                    () -> services.steps().completeDocumentRequest(step.id()), "onboarding.ui.step-done"));
        }
        return layout;
    }

    private Component conflict(boolean open) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        ConflictCheckView check = step.conflict();
        if (open) {
            TextField others = new TextField(getTranslation("onboarding.ui.conflict.other-names"));
            others.setId("step-" + step.position() + "-conflict-names");
            others.setHelperText(getTranslation("onboarding.ui.comma-separated"));
            others.setWidth("28rem");
            Button run = new Button(getTranslation("onboarding.ui.conflict.run"), VaadinIcon.SEARCH.create(),
                    click -> act(() -> services.steps().runConflictCheck(step.id(), split(others.getValue())),
                            "onboarding.ui.conflict.searched", null));
            run.setId("step-" + step.position() + "-conflict-run");
            HorizontalLayout bar = new HorizontalLayout(others, run);
            bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            layout.add(bar);
        }
        if (check != null && check.checkedAt() != null) {
            Span searched = new Span(getTranslation("onboarding.ui.conflict.searched-for", String.join(", ",
                    check.searchedNames()), check.hits().size()));
            searched.setId("step-" + step.position() + "-conflict-summary");
            layout.add(searched);
            if (!check.hits().isEmpty()) {
                Grid<ConflictHit> hits = new Grid<>();
                hits.setId("step-" + step.position() + "-conflict-hits");
                hits.addColumn(h -> getTranslation("onboarding.hit." + h.source().name()))
                        .setHeader(getTranslation("onboarding.ui.conflict.source")).setAutoWidth(true);
                hits.addColumn(ConflictHit::name).setHeader(getTranslation("onboarding.ui.conflict.name")).setFlexGrow(1);
                hits.addColumn(ConflictHit::searchedName).setHeader(getTranslation("onboarding.ui.conflict.matched"));
                hits.addColumn(h -> getTranslation("onboarding.match." + h.match().name()))
                        .setHeader(getTranslation("onboarding.ui.conflict.match")).setAutoWidth(true);
                hits.setItems(check.hits());
                hits.setAllRowsVisible(true);
                layout.add(hits);
            }
            if (check.decision() != null) {
                Span decided = new Span(getTranslation("onboarding.ui.conflict.decided",
                        getTranslation("onboarding.decision." + check.decision().name()),
                        services.personName().apply(check.decidedBy()),
                        check.reason() == null ? "" : check.reason()));
                decided.setId("step-" + step.position() + "-conflict-decision");
                layout.add(decided);
            }
            if (open) {
                RadioButtonGroup<ConflictDecision> decision = new RadioButtonGroup<>(getTranslation("onboarding.ui.conflict.decision"));
                decision.setId("step-" + step.position() + "-conflict-choice");
                decision.setItems(ConflictDecision.values());
                decision.setItemLabelGenerator(d -> getTranslation("onboarding.decision." + d.name()));
                TextField reason = new TextField(getTranslation("onboarding.ui.conflict.reason"));
                reason.setId("step-" + step.position() + "-conflict-reason");
                reason.setWidth("28rem");
                Button record = new Button(getTranslation("onboarding.ui.conflict.record"), click -> act(
                        () -> services.steps().decideConflict(step.id(), decision.getValue(), blankToNull(reason.getValue())),
                        "onboarding.ui.conflict.recorded", null));
                record.setId("step-" + step.position() + "-conflict-decide");
                record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                layout.add(decision, reason, record);
            }
        }
        return layout;
    }

    private Component kyc(boolean open) {
        if (step.kyc() != null) {
            Span recorded = new Span(getTranslation("onboarding.ui.kyc.recorded-summary",
                    getTranslation("onboarding.kyc-method." + step.kyc().method().name()),
                    getTranslation("onboarding.id-document." + step.kyc().documentType().name()),
                    step.kyc().documentNumber(), services.personName().apply(step.kyc().verifiedBy()),
                    date(step.kyc().verifiedOn())));
            recorded.setId("step-" + step.position() + "-kyc-summary");
            if (clientUser) {
                return recorded;
            }
            Span copy = new Span(getTranslation("onboarding.ui.kyc.copy"));
            copy.addClassName("klien-muted");
            DocumentsPanel identity = new DocumentsPanel("step-" + step.position() + "-kyc-documents",
                    services.documents(), OnboardingUploads.IDENTITY_DOCUMENT, 1,
                    () -> services.uploads().documents(step.id()),
                    (name, type, content) -> services.uploads().uploadIdentityDocument(step.id(), name, type, content),
                    changed).inZone(services.zone());
            VerticalLayout layout = new VerticalLayout(recorded, copy, identity);
            layout.setPadding(false);
            return layout;
        }
        if (!open) {
            return new Span();
        }
        Select<KycMethod> method = new Select<>();
        method.setLabel(getTranslation("onboarding.ui.kyc.method"));
        method.setId("step-" + step.position() + "-kyc-method");
        method.setItems(KycMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("onboarding.kyc-method." + m.name()));
        Select<IdentityDocumentType> type = new Select<>();
        type.setLabel(getTranslation("onboarding.ui.kyc.document-type"));
        type.setId("step-" + step.position() + "-kyc-type");
        type.setItems(IdentityDocumentType.values());
        type.setItemLabelGenerator(t -> getTranslation("onboarding.id-document." + t.name()));
        TextField number = new TextField(getTranslation("onboarding.ui.kyc.number"));
        number.setId("step-" + step.position() + "-kyc-number");
        DatePicker verifiedOn = new DatePicker(getTranslation("onboarding.ui.kyc.verified-on"));
        verifiedOn.setId("step-" + step.position() + "-kyc-date");
        verifiedOn.setMax(LocalDate.now());
        Button record = new Button(getTranslation("onboarding.ui.kyc.record"), click -> act(
                () -> services.steps().recordKyc(step.id(), new KycRecord(method.getValue(), type.getValue(),
                        number.getValue(), verifiedOn.getValue(), null)), "onboarding.ui.kyc.recorded", null));
        record.setId("step-" + step.position() + "-kyc-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new FormLayout(method, type, number, verifiedOn), record);
    }

    private Component kickoff() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (step.kickoff() != null) {
            Span when = new Span(getTranslation("onboarding.ui.kickoff.scheduled", dateTime(step.kickoff().startsAt()),
                    step.kickoff().place() != null ? step.kickoff().place() : step.kickoff().videoLink(),
                    String.join(", ", step.kickoff().attendees())));
            when.setId("step-" + step.position() + "-kickoff-summary");
            Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = services.onboardings().kickoffInvitation(step.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), "kickoff.ics", "text/calendar", bytes.length);
            }), AttachmentType.DOWNLOAD, getTranslation("onboarding.ui.kickoff.ics"));
            ics.setId("step-" + step.position() + "-kickoff-ics");
            layout.add(when, ics);
        }
        if (clientUser) {
            return layout;
        }
        DatePicker date = new DatePicker(getTranslation("onboarding.ui.kickoff.date"));
        date.setId("step-" + step.position() + "-kickoff-date");
        date.setMin(LocalDate.now());
        TimePicker time = new TimePicker(getTranslation("onboarding.ui.kickoff.time"));
        time.setId("step-" + step.position() + "-kickoff-time");
        time.setValue(LocalTime.of(10, 0));
        IntegerField minutes = new IntegerField(getTranslation("onboarding.ui.kickoff.minutes"));
        minutes.setId("step-" + step.position() + "-kickoff-minutes");
        minutes.setValue(60);
        minutes.setStepButtonsVisible(true);
        TextField place = new TextField(getTranslation("onboarding.ui.kickoff.place"));
        place.setId("step-" + step.position() + "-kickoff-place");
        TextField link = new TextField(getTranslation("onboarding.ui.kickoff.link"));
        link.setId("step-" + step.position() + "-kickoff-link");
        TextField attendees = new TextField(getTranslation("onboarding.ui.kickoff.attendees"));
        attendees.setId("step-" + step.position() + "-kickoff-attendees");
        attendees.setHelperText(getTranslation("onboarding.ui.comma-separated"));
        Button schedule = new Button(getTranslation(step.kickoff() == null ? "onboarding.ui.kickoff.schedule"
                : "onboarding.ui.kickoff.reschedule"), VaadinIcon.CALENDAR.create(), click -> act(
                () -> services.steps().scheduleKickoff(step.id(), new KickoffMeeting(date.getValue(), time.getValue(),
                        minutes.getValue() == null ? 0 : minutes.getValue(), blankToNull(place.getValue()),
                        blankToNull(link.getValue()), split(attendees.getValue()))),
                "onboarding.ui.kickoff.sent", null));
        schedule.setId("step-" + step.position() + "-kickoff-schedule");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(new FormLayout(date, time, minutes, place, link, attendees), schedule);
        return layout;
    }

    private Component letter(boolean open) {
        if (step.letterSignedOn() != null) {
            Span signed = new Span(getTranslation("onboarding.ui.letter.signed-on", date(step.letterSignedOn())));
            signed.setId("step-" + step.position() + "-letter-summary");
            return signed;
        }
        if (!open || clientUser) {
            return new Span(getTranslation("onboarding.ui.letter.waiting"));
        }
        DatePicker signedOn = new DatePicker(getTranslation("onboarding.ui.letter.date"));
        signedOn.setId("step-" + step.position() + "-letter-date");
        signedOn.setValue(LocalDate.now());
        signedOn.setMax(LocalDate.now());
        Button mark = new Button(getTranslation("onboarding.ui.letter.mark"), click -> act(
                () -> services.steps().markLetterSigned(step.id(), signedOn.getValue()), "onboarding.ui.step-done", null));
        mark.setId("step-" + step.position() + "-letter-mark");
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(signedOn, mark);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private Component comments() {
        VerticalLayout thread = new VerticalLayout();
        thread.setPadding(false);
        thread.setSpacing(false);
        thread.setId("step-" + step.position() + "-comments");
        thread.addClassName("klien-comments");
        List<CommentView> all = step.commentCount() == 0 ? List.of() : services.onboardings().comments(step.id());
        UUID[] replyTo = {null};
        Span replying = new Span();
        replying.addClassName("klien-muted");
        replying.setId("step-" + step.position() + "-comment-replying");
        replying.setVisible(false);
        TextArea text = new TextArea();
        for (CommentView comment : all) {
            Div entry = new Div();
            entry.addClassName("klien-comment");
            if (comment.parentId() != null) {
                entry.addClassName("klien-comment-reply");
            }
            String author = services.personName().apply(comment.authorSubject());
            Span who = new Span(author + " · " + dateTime(comment.createdAt()));
            who.addClassName("klien-muted");
            Button reply = new Button(getTranslation("onboarding.ui.comment.reply"), click -> {
                replyTo[0] = comment.parentId() != null ? comment.parentId() : comment.id();
                replying.setText(getTranslation("onboarding.ui.comment.replying", author));
                replying.setVisible(true);
                text.focus();
            });
            reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            reply.setId("comment-reply-" + comment.id());
            entry.add(who);
            if (comment.internal()) {
                entry.addClassName("klien-comment-internal");
                Span internal = badge(getTranslation("onboarding.ui.comment.internal-badge"), "contrast");
                internal.setId("comment-internal-" + comment.id());
                entry.add(internal);
            }
            entry.add(reply, new Paragraph(comment.text()));
            thread.add(entry);
        }
        text.setId("step-" + step.position() + "-comment-text");
        text.setPlaceholder(getTranslation("onboarding.ui.comment.placeholder"));
        text.setWidthFull();
        text.setMaxLength(4000);
        // staff choose on the client's steps; on the firm's own steps every comment stays internal
        Checkbox internal = new Checkbox(getTranslation("onboarding.ui.comment.internal"));
        internal.setId("step-" + step.position() + "-comment-internal");
        internal.setVisible(!clientUser && step.ownerSide() == StepSide.CLIENT);
        Span firmOnly = new Span(getTranslation("onboarding.ui.comment.firm-only"));
        firmOnly.setId("step-" + step.position() + "-comment-firm-only");
        firmOnly.addClassName("klien-muted");
        firmOnly.setVisible(!clientUser && step.ownerSide() == StepSide.FIRM);
        Button send = new Button(getTranslation("onboarding.ui.comment.send"), VaadinIcon.COMMENT.create(), click -> {
            try {
                services.onboardings().comment(step.id(), replyTo[0], text.getValue(), internal.getValue());
                Notices.success(getTranslation("onboarding.ui.comment.sent"));
                changed.run();
            } catch (DomainException e) {
                error(e);
            }
        });
        send.setId("step-" + step.position() + "-comment-send");
        thread.add(replying, text, internal, firmOnly, send);
        return thread;
    }

    private Button button(String id, String label, Supplier<StepView> action, String done) {
        Button button = new Button(getTranslation(label), click -> act(action, done, null));
        button.setId("step-" + step.position() + "-" + id);
        return button;
    }

    private void act(Supplier<StepView> action, String doneKey, IntakeForm form) {
        try {
            action.get();
            Notices.success(getTranslation(doneKey, step.title()));
            changed.run();
        } catch (FormRejected rejected) {
            if (form != null) {
                form.showProblems(rejected.problems(), p -> getTranslation(p.messageKey(), p.arguments().toArray()));
            }
            error(rejected);
        } catch (DomainException e) {
            error(e);
        }
    }

    private void error(DomainException e) {
        Notices.error(getTranslation(e.messageKey(), e.arguments())).setId("onboarding-error");
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!variant.isEmpty()) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    private String dateTime(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(services.zone()).format(instant);
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
