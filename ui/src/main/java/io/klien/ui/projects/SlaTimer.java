package io.klien.ui.projects;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.klien.projects.SupportRequestView;
import io.klien.projects.SupportState;
import io.klien.ui.FirmFormats;
import org.jspecify.annotations.Nullable;

/**
 * A support request's service-level clocks as staff read them: the time left until the first reply or the
 * resolution is due, how late it is once due (red), or when it happened and whether that was late.
 */
final class SlaTimer {

    private SlaTimer() {
    }

    /** The first-response clock. */
    static Span firstResponse(Component context, SupportRequestView r, Instant now) {
        return clock(context, r.firstResponseDue(), r.firstRespondedAt(), r.firstResponseBreachedAt(),
                "projects.ui.sla.answered", r.state() == SupportState.OPEN, now, false);
    }

    /** The first-response clock in a queue's cell: "Answered" (and whether late), when it was in its tooltip. */
    static Span firstResponseCell(Component context, SupportRequestView r, Instant now) {
        return clock(context, r.firstResponseDue(), r.firstRespondedAt(), r.firstResponseBreachedAt(),
                "projects.ui.sla.answered", r.state() == SupportState.OPEN, now, true);
    }

    /** The resolution clock. */
    static Span resolution(Component context, SupportRequestView r, Instant now) {
        return clock(context, r.resolutionDue(), r.resolvedAt(), r.resolutionBreachedAt(),
                "projects.ui.sla.resolved", r.state() == SupportState.OPEN, now, false);
    }

    /** The resolution clock in a queue's cell: "Resolved" (and whether late), when it was in its tooltip. */
    static Span resolutionCell(Component context, SupportRequestView r, Instant now) {
        return clock(context, r.resolutionDue(), r.resolvedAt(), r.resolutionBreachedAt(),
                "projects.ui.sla.resolved", r.state() == SupportState.OPEN, now, true);
    }

    /** Whether either target was missed, recorded or not yet recorded by the scheduled check. */
    static boolean breached(SupportRequestView r, Instant now) {
        return r.breached() || r.state() == SupportState.OPEN && (r.firstRespondedAt() == null
                && r.firstResponseDue().isBefore(now) || r.resolutionDue().isBefore(now));
    }

    private static Span clock(Component context, Instant due, @Nullable Instant happened,
            @Nullable Instant breachedAt, String happenedKey, boolean running, Instant now, boolean brief) {
        FirmFormats formats = FirmFormats.current();
        Span clock = new Span();
        String dueAt = context.getTranslation("projects.ui.sla.due", formats.dateTime(due));
        if (happened != null) {
            String when = context.getTranslation(happenedKey, formats.dateTime(happened));
            clock.setText((brief ? context.getTranslation(happenedKey + ".brief") : when)
                    + (breachedAt == null ? "" : " · " + context.getTranslation("projects.ui.sla.late")));
            clock.addClassName(breachedAt == null ? "klien-muted" : "klien-overdue-text");
            if (brief) {
                dueAt = when + " · " + dueAt;
            }
        } else if (!running) {
            clock.setText("—");
        } else if (due.isBefore(now)) {
            clock.setText(context.getTranslation("projects.ui.sla.overdue", span(context, Duration.between(due, now))));
            clock.addClassName("klien-overdue-text");
        } else {
            clock.setText(context.getTranslation("projects.ui.sla.left", span(context, Duration.between(now, due))));
        }
        clock.getElement().setAttribute("title", dueAt);
        return clock;
    }

    /** "2 d 3 h", "3 h 20 min", "12 min". */
    static String span(Component context, Duration d) {
        if (d.toDays() > 0) {
            return context.getTranslation("projects.ui.sla.days-hours", d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return context.getTranslation("projects.ui.usage.hours-minutes", d.toHours(), d.toMinutesPart());
        }
        return context.getTranslation("projects.ui.sla.minutes", Math.max(1, d.toMinutes()));
    }
}
