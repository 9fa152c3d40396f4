package io.klien.ui.projects;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.klien.projects.MilestoneView;
import io.klien.projects.ProjectView;
import io.klien.ui.FirmFormats;

/**
 * The project's milestones on a line from its start to its end (or its first and last due dates beyond them): a dot per milestone with a
 * due date, filled when completed and red when overdue, and a mark for today. Plain elements placed by CSS, so it
 * needs no chart component. A marker's tooltip names the milestone in full where its label is cut short.
 */
class MilestoneTimeline extends Div {

    MilestoneTimeline(ProjectView project, FirmFormats formats) {
        setId("project-timeline");
        addClassName("klien-timeline");
        LocalDate today = formats.today();
        List<LocalDate> dues = project.milestones().stream().map(MilestoneView::dueOn).filter(Objects::nonNull)
                .toList();
        LocalDate start = dues.stream().reduce(project.startsOn(), (a, b) -> a.isBefore(b) ? a : b);
        LocalDate end = dues.stream().reduce(project.endsOn() == null ? start.plusDays(1) : project.endsOn(),
                (a, b) -> a.isAfter(b) ? a : b);
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        Div track = new Div();
        track.addClassName("klien-timeline-track");
        Div elapsed = new Div();
        elapsed.addClassName("klien-timeline-elapsed");
        elapsed.getStyle().set("width", percent(start, today, span) + "%");
        track.add(elapsed);
        add(track);
        if (!today.isBefore(start) && !today.isAfter(end)) {
            Div now = new Div();
            now.addClassName("klien-timeline-today");
            now.getStyle().set("left", percent(start, today, span) + "%");
            now.getElement().setAttribute("title", getTranslation("projects.ui.timeline.today", formats.date(today)));
            add(now);
        }
        List<MilestoneView> dated = project.milestones().stream().filter(m -> m.dueOn() != null).toList();
        for (int i = 0; i < dated.size(); i++) {
            MilestoneView m = dated.get(i);
            Span name = new Span(m.title());
            Span due = new Span(formats.date(m.dueOn()));
            Div label = new Div(name, due);
            label.addClassName("klien-timeline-label");
            Div marker = new Div(label);
            marker.setId("project-timeline-" + m.id());
            marker.addClassName("klien-timeline-marker");
            if (i % 2 == 1) {
                marker.addClassName("klien-timeline-below");
            }
            if (m.completed()) {
                marker.addClassName("klien-timeline-done");
            } else if (m.dueOn().isBefore(today)) {
                marker.addClassName("klien-timeline-overdue");
            }
            long at = percent(start, m.dueOn(), span);
            marker.getStyle().set("left", at + "%");
            // a label centred on a marker near an end would leave the track: it reads inwards from the marker instead
            if (at >= 80) {
                marker.addClassName("klien-timeline-near-end");
            } else if (at <= 20) {
                marker.addClassName("klien-timeline-near-start");
            }
            marker.getElement().setAttribute("title", getTranslation("projects.ui.timeline.marker", m.title(),
                    formats.date(m.dueOn()), m.progressPercent()));
            add(marker);
        }
        // a marker on the first or last day already shows that date
        Div ends = new Div(new Span(dues.contains(start) ? "" : formats.date(start)),
                new Span(dues.contains(end) ? "" : formats.date(end)));
        ends.addClassName("klien-timeline-ends");
        add(ends);
    }

    /** Where a day sits on the line, from 0 to 100. */
    private static long percent(LocalDate start, LocalDate day, long span) {
        return Math.max(0, Math.min(100, ChronoUnit.DAYS.between(start, day) * 100 / span));
    }
}
