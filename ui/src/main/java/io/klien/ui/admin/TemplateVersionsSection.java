package io.klien.ui.admin;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.klien.onboarding.TemplateVersionView;
import io.klien.shared.time.Formats;

/** A template's versions in the editor: number, status, when made and published, and how many onboardings use it. */
class TemplateVersionsSection extends VerticalLayout {

    private final H3 versionsTitle = new H3();
    private final Grid<TemplateVersionView> versions = new Grid<>();

    TemplateVersionsSection(Formats time) {
        setPadding(false);
        versionsTitle.setText(getTranslation("onboarding-templates.versions"));
        versions.setId("template-versions");
        versions.addColumn(v -> getTranslation("onboarding-templates.version-number", v.number()))
                .setHeader(getTranslation("onboarding-templates.version")).setAutoWidth(true);
        versions.addColumn(v -> getTranslation("onboarding-templates.version.status." + v.status().name()))
                .setHeader(getTranslation("onboarding-templates.version.status")).setAutoWidth(true);
        versions.addColumn(v -> time.dateTime(v.createdAt()))
                .setHeader(getTranslation("onboarding-templates.version.created")).setFlexGrow(1);
        versions.addColumn(v -> time.dateTime(v.publishedAt()))
                .setHeader(getTranslation("onboarding-templates.version.published")).setFlexGrow(1);
        versions.addColumn(TemplateVersionView::onboardingsStarted)
                .setHeader(getTranslation("onboarding-templates.version.started")).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        add(versionsTitle, versions);
    }

    void show(List<TemplateVersionView> history) {
        versions.setItems(history);
    }
}
