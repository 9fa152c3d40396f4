package io.klien.ui.onboarding;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.klien.onboarding.CommentView;
import io.klien.onboarding.StepSide;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepView;
import io.klien.shared.DomainException;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * One step of a checklist: what it asks, who does it by when and where it stands, and (when the viewer may act on it)
 * the work itself, shown by its type's {@link StepPanel}, with its comment thread. Every action on the work reloads the
 * checklist through {@code changed}, so progress and newly opened steps show at once; a comment only joins its thread.
 */
class StepCard extends Div {

    private final StepView step;
    private final OnboardingServices services;
    private final boolean clientUser;
    private final Runnable changed;
    private final StepContext context;

    /**
     * A step's card; {@code running} is false once the onboarding is completed or cancelled, and then nothing on the
     * card can be worked on any more.
     */
    StepCard(StepView step, List<CommentView> latestComments, UUID clientId, OnboardingServices services,
            boolean clientUser, boolean running, Runnable changed) {
        this.step = step;
        this.services = services;
        this.clientUser = clientUser;
        this.changed = changed;
        this.context = new StepContext(this, step, clientId, services, clientUser, running, changed);
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
            body.add(comments(latestComments));
        }
        Details details = new Details(new Span(getTranslation("onboarding.ui.details")), body);
        details.setId("step-" + step.position() + "-details");
        details.setOpened(mine && context.open());
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
                getTranslation("onboarding.ui.due", context.date(step.dueDate())),
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
            // work the system did (a signed contract completing its letter) names nobody
            Span done = new Span(step.completedBy() == null
                    ? getTranslation("onboarding.ui.completed-on", context.dateTime(step.completedAt()))
                    : getTranslation("onboarding.ui.completed-by", services.personName().apply(step.completedBy()),
                            context.dateTime(step.completedAt())));
            done.addClassName("klien-muted");
            header.add(new Div(done));
        }
        return header;
    }

    /** The work of the step's type ({@link StepPanel}), and skipping it while it is open and optional. */
    private Component work() {
        VerticalLayout work = new VerticalLayout();
        work.setPadding(false);
        work.add(services.panels().of(step.type()).render(context));
        if (context.open() && !step.required() && !clientUser) {
            work.add(context.button("skip", "onboarding.ui.skip", () -> services.steps().skip(step.id(), null),
                    "onboarding.ui.step-skipped"));
        }
        return work;
    }

    /**
     * The step's thread: its latest comments (as the checklist read them for every step at once), "show earlier" for
     * the rest, and the box to write one. A sent comment is added to the thread where it is: nothing else on the
     * checklist changes with a comment, so nothing else is rebuilt.
     */
    private Component comments(List<CommentView> latest) {
        VerticalLayout thread = new VerticalLayout();
        thread.setPadding(false);
        thread.setSpacing(false);
        thread.setId("step-" + step.position() + "-comments");
        thread.addClassName("klien-comments");
        VerticalLayout entries = new VerticalLayout();
        entries.setPadding(false);
        entries.setSpacing(false);
        entries.setId("step-" + step.position() + "-comment-entries");
        Composer composer = new Composer();
        latest.forEach(comment -> entries.add(entry(comment, composer)));
        long earlier = step.commentCount() - latest.size();
        if (earlier > 0) {
            Button showEarlier = new Button(getTranslation("onboarding.ui.comment.earlier", earlier));
            showEarlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            showEarlier.setId("step-" + step.position() + "-comments-earlier");
            showEarlier.addClickListener(click -> {
                entries.removeAll();
                services.onboardings().comments(step.id()).forEach(comment -> entries.add(entry(comment, composer)));
                thread.remove(showEarlier);
            });
            thread.add(showEarlier);
        }
        thread.add(entries);
        TextArea text = composer.text;
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
        Span replying = composer.replying;
        replying.addClassName("klien-muted");
        replying.setId("step-" + step.position() + "-comment-replying");
        replying.setVisible(false);
        Button send = new Button(getTranslation("onboarding.ui.comment.send"), VaadinIcon.COMMENT.create(), click -> {
            try {
                CommentView sent = services.onboardings().comment(step.id(), composer.replyTo, text.getValue(),
                        internal.getValue());
                entries.add(entry(sent, composer));
                composer.reset();
                internal.setValue(false);
                Notices.success(getTranslation("onboarding.ui.comment.sent"));
            } catch (DomainException e) {
                context.error(e);
            }
        });
        send.setId("step-" + step.position() + "-comment-send");
        thread.add(replying, text, internal, firmOnly, send);
        return thread;
    }

    /** One comment of the thread, with its author, time, internal badge and a button to answer it. */
    private Component entry(CommentView comment, Composer composer) {
        Div entry = new Div();
        entry.addClassName("klien-comment");
        if (comment.parentId() != null) {
            entry.addClassName("klien-comment-reply");
        }
        String author = services.personName().apply(comment.authorSubject());
        Span who = new Span(author + " · " + context.dateTime(comment.createdAt()));
        who.addClassName("klien-muted");
        Button reply = new Button(getTranslation("onboarding.ui.comment.reply"),
                click -> composer.replyTo(comment.parentId() != null ? comment.parentId() : comment.id(),
                        getTranslation("onboarding.ui.comment.replying", author)));
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        reply.setId("comment-reply-" + comment.id());
        reply.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        entry.add(who);
        if (comment.internal()) {
            entry.addClassName("klien-comment-internal");
            Span internal = badge(getTranslation("onboarding.ui.comment.internal-badge"), "contrast");
            internal.setId("comment-internal-" + comment.id());
            entry.add(internal);
        }
        entry.add(reply, new Paragraph(comment.text()));
        return entry;
    }

    /** What the comment box is answering, if anything: set by a comment's Reply, cleared once a comment is sent. */
    private static final class Composer {
        private final TextArea text = new TextArea();
        private final Span replying = new Span();
        private @Nullable UUID replyTo;

        void replyTo(UUID parent, String label) {
            replyTo = parent;
            replying.setText(label);
            replying.setVisible(true);
            text.focus();
        }

        void reset() {
            replyTo = null;
            replying.setVisible(false);
            text.clear();
        }
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!variant.isEmpty()) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }
}
