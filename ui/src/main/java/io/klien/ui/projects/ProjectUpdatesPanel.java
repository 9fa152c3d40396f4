package io.klien.ui.projects;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import io.klien.projects.NewProjectUpdate;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectUpdateReplyView;
import io.klien.projects.ProjectUpdateView;
import io.klien.projects.ProjectView;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The project's status updates, newest first, a page at a time: what was done, what comes next, the risks, the
 * team's internal note (never shown to the client) and the thread of replies. The team posts a new one here; the
 * client's followers get it by mail.
 */
class ProjectUpdatesPanel extends Div {

    static final int PAGE = 10;

    private final ProjectServices services;
    private final ProjectView project;
    private final FirmFormats formats = FirmFormats.current();
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown = PAGE;

    ProjectUpdatesPanel(ProjectServices services, ProjectView project) {
        this.services = services;
        this.project = project;
        setId("project-updates");
        addClassName("klien-project-panel");
        if (project.status() != ProjectStatus.DONE) {
            Button post = new Button(getTranslation("projects.ui.update.post"), VaadinIcon.PLUS.create(),
                    click -> post());
            post.setId("project-update-post");
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(post);
        }
        list.setId("project-updates-list");
        list.addClassName("klien-updates");
        more.setText(getTranslation("projects.ui.show-more"));
        more.setId("project-updates-more");
        more.addClickListener(click -> {
            shown += PAGE;
            refresh();
        });
        add(list, more);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        // one more than shown tells whether there are more, without counting them
        List<ProjectUpdateView> page = services.updates().list(project.id(), PageRequest.of(0, shown + 1));
        more.setVisible(page.size() > shown);
        if (page.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("projects.ui.updates.empty"));
            none.addClassName("klien-muted");
            list.add(none);
        }
        page.stream().limit(shown).forEach(u -> list.add(update(u)));
    }

    private Div update(ProjectUpdateView u) {
        String period = u.periodFrom() == null ? "" : " · " + getTranslation("projects.ui.dates",
                formats.date(u.periodFrom()), formats.date(u.periodTo()));
        Span meta = new Span(u.authorName() + " · " + formats.dateTime(u.postedAt()) + period);
        meta.addClassName("klien-muted");
        Div card = new Div(meta);
        card.setId("project-update-" + u.id());
        card.addClassName("klien-card");
        card.addClassName("klien-update");
        section(card, "projects.ui.update.done", u.done());
        section(card, "projects.ui.update.next", u.next());
        section(card, "projects.ui.update.risks", u.risks());
        if (u.internalNote() != null) {
            Div note = new Div(new H4(getTranslation("projects.ui.update.internal-note")),
                    new Paragraph(u.internalNote()));
            note.addClassName("klien-internal-note");
            card.add(note);
        }
        Div thread = new Div();
        thread.addClassName("klien-comments");
        Button replies = new Button(getTranslation("projects.ui.update.replies", u.replies()),
                click -> showReplies(u, thread));
        replies.setId("project-update-replies-" + u.id());
        replies.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(replies, thread);
        return card;
    }

    private void section(Div card, String titleKey, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            card.add(new H4(getTranslation(titleKey)), new Paragraph(text));
        }
    }

    private void showReplies(ProjectUpdateView u, Div thread) {
        thread.removeAll();
        for (ProjectUpdateReplyView r : services.updates().replies(u.id())) {
            Span who = new Span(r.authorName() + " · " + formats.dateTime(r.createdAt())
                    + (r.fromClient() ? " · " + getTranslation("projects.ui.from-client") : ""));
            who.addClassName("klien-muted");
            Div reply = new Div(who, new Paragraph(r.body()));
            reply.addClassName("klien-comment");
            thread.add(reply);
        }
        TextArea body = new TextArea();
        body.setId("project-update-reply-body-" + u.id());
        body.setPlaceholder(getTranslation("projects.ui.reply.placeholder"));
        body.setWidthFull();
        Button send = new Button(getTranslation("projects.ui.reply"), click -> {
            try {
                services.updates().reply(u.id(), body.getValue());
                Notices.success(getTranslation("projects.ui.reply.sent"));
                showReplies(u, thread);
            } catch (DomainException e) {
                Refusals.show(e, Map.of("body", body), "project-update-refused");
            }
        });
        send.setId("project-update-reply-send-" + u.id());
        thread.add(body, send);
    }

    private void post() {
        Dialog dialog = new Dialog(getTranslation("projects.ui.update.post"));
        TextArea done = area("projects.ui.update.done", "project-update-done");
        TextArea next = area("projects.ui.update.next", "project-update-next");
        TextArea risks = area("projects.ui.update.risks", "project-update-risks");
        TextArea note = area("projects.ui.update.internal-note", "project-update-internal-note");
        note.setHelperText(getTranslation("projects.ui.update.internal-note.help"));
        DatePicker from = new DatePicker(getTranslation("projects.ui.update.period-from"));
        from.setId("project-update-period-from");
        DatePicker to = new DatePicker(getTranslation("projects.ui.update.period-to"));
        to.setId("project-update-period-to");
        Button save = new Button(getTranslation("projects.ui.update.post"), click -> {
            try {
                services.updates().post(project.id(), new NewProjectUpdate(done.getValue(), blank(next),
                        blank(risks), from.getValue(), to.getValue(), blank(note)));
                dialog.close();
                Notices.success(getTranslation("projects.ui.update.posted"));
                refresh();
            } catch (DomainException e) {
                Refusals.show(e, Map.of("done", done, "next", next, "risks", risks, "internalNote", note,
                        "periodTo", to), "project-update-refused");
            }
        });
        save.setId("project-update-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(done, next, risks, from, to, note);
        form.setColspan(done, 2);
        form.setColspan(next, 2);
        form.setColspan(risks, 2);
        form.setColspan(note, 2);
        dialog.add(form);
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private TextArea area(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        return area;
    }

    private static @Nullable String blank(TextArea area) {
        return area.getValue().isBlank() ? null : area.getValue();
    }
}
