package io.klien.ui.projects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import io.klien.projects.ProjectStatus;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportState;
import io.klien.projects.VersionState;

/** The small coloured labels of the project pages: a project's status, a version's review, a request's urgency. */
final class ProjectBadges {

    private ProjectBadges() {
    }

    /** A project's status, coloured by how well it goes. */
    static Span status(Component context, ProjectStatus status) {
        return badge(context.getTranslation("projects.ui.status." + status.name()), switch (status) {
            case ON_TRACK -> "success";
            case AT_RISK, ON_HOLD -> "warning";
            case OFF_TRACK -> "error";
            case DONE -> "contrast";
        });
    }

    /** Where a deliverable's version stands with the client. */
    static Span version(Component context, VersionState state) {
        return badge(context.getTranslation("projects.ui.version-state." + state.name()), switch (state) {
            case APPROVED -> "success";
            case IN_REVIEW -> "";
            case CHANGES_REQUESTED -> "warning";
            case SUPERSEDED -> "contrast";
        });
    }

    /** How urgent a support request is. */
    static Span priority(Component context, SupportPriority priority) {
        return badge(context.getTranslation("projects.ui.priority." + priority.name()), switch (priority) {
            case URGENT -> "error";
            case HIGH -> "warning";
            case NORMAL -> "";
            case LOW -> "contrast";
        });
    }

    /** Where a support request stands. */
    static Span supportState(Component context, SupportState state) {
        return badge(context.getTranslation("projects.ui.support-state." + state.name()), switch (state) {
            case OPEN -> "";
            case RESOLVED -> "success";
            case CLOSED -> "contrast";
        });
    }

    /** A share from 0 to 100 as a bar, green once complete. */
    static ProgressBar progress(int percent) {
        ProgressBar bar = new ProgressBar(0, 100, Math.max(0, Math.min(100, percent)));
        if (percent >= 100) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        return bar;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!theme.isEmpty()) {
            badge.getElement().getThemeList().add(theme);
        }
        return badge;
    }
}
