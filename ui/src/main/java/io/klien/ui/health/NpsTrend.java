package io.klien.ui.health;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.klien.testimonials.NpsCategory;
import io.klien.testimonials.NpsPoint;
import io.klien.ui.FirmFormats;

/** A client's NPS answers over time as bars (height = score, colour = category), oldest on the left. */
class NpsTrend extends Div {

    NpsTrend(List<NpsPoint> points, FirmFormats formats) {
        setId("health-nps-trend");
        addClassName("klien-nps-trend");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("health.nps.trend"));
        getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "4px").set("height", "6em")
                .set("padding", "0.25em 0").set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        for (NpsPoint point : points) {
            NpsCategory category = NpsCategory.of(point.score());
            Div bar = new Div(new Span(String.valueOf(point.score())));
            bar.addClassName("klien-nps-bar");
            bar.addClassName("klien-nps-" + category.name().toLowerCase(java.util.Locale.ROOT));
            bar.getElement().setAttribute("title", formats.date(point.answeredAt()) + ": " + point.score());
            String colour = switch (category) {
                case PROMOTER -> "var(--lumo-success-color)";
                case PASSIVE -> "var(--lumo-contrast-50pct)";
                case DETRACTOR -> "var(--lumo-error-color)";
            };
            bar.getStyle().set("width", "1.75em").set("height", Math.max(point.score(), 0.4) * 10 + "%")
                    .set("background", colour).set("color", "var(--lumo-base-color)")
                    .set("font-size", "var(--lumo-font-size-xs)").set("text-align", "center")
                    .set("border-radius", "3px 3px 0 0");
            add(bar);
        }
    }
}
