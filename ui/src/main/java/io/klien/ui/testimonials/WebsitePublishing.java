package io.klien.ui.testimonials;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.klien.tenancy.TenantView;
import io.klien.ui.Notices;
import io.klien.ui.wall.WallSnippet;

/**
 * "Publish on your website": the firm's public wall (opens in a new tab), the widget's iframe snippet to paste into
 * the firm's own site with a button that copies it, and the JSON feed for sites that prefer their own markup. Only
 * published testimonials with consent for the firm's website ever appear there.
 */
class WebsitePublishing extends Div {

    WebsitePublishing(String publicUrl, TenantView firm) {
        setId("testimonials-publishing");
        addClassName("klien-card");
        String wallUrl = WallSnippet.wall(publicUrl, firm.slug());
        String feedUrl = WallSnippet.feed(publicUrl, firm.slug());
        String snippet = WallSnippet.iframe(publicUrl, firm.slug(), null,
                getTranslation("testimonials.ui.publishing.widget-title", firm.displayName()));

        Paragraph intro = new Paragraph(getTranslation("testimonials.ui.publishing.intro"));
        intro.addClassName("klien-muted");

        Anchor wall = new Anchor(wallUrl, wallUrl, AnchorTarget.BLANK);
        wall.setId("testimonials-wall-link");
        wall.getElement().setAttribute("rel", "noopener");

        TextArea code = new TextArea(getTranslation("testimonials.ui.publishing.snippet"));
        code.setId("testimonials-widget-snippet");
        code.setValue(snippet);
        code.setReadOnly(true);
        code.setWidthFull();
        code.setHelperText(getTranslation("testimonials.ui.publishing.snippet-help"));
        Button copy = new Button(getTranslation("testimonials.ui.publishing.copy"), VaadinIcon.COPY_O.create(),
                click -> copy(snippet));
        copy.setId("testimonials-widget-copy");

        Anchor feed = new Anchor(feedUrl, feedUrl, AnchorTarget.BLANK);
        feed.setId("testimonials-feed-link");
        feed.getElement().setAttribute("rel", "noopener");

        HorizontalLayout snippetRow = new HorizontalLayout(code, copy);
        snippetRow.setWidthFull();
        snippetRow.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H3(getTranslation("testimonials.ui.publishing.title")), intro,
                line("testimonials.ui.publishing.wall", wall), snippetRow,
                line("testimonials.ui.publishing.feed", feed));
    }

    private Div line(String labelKey, Anchor link) {
        Div line = new Div(new Span(getTranslation(labelKey) + " "), link);
        line.addClassName("klien-dashboard-row");
        return line;
    }

    /** Copies through the browser's clipboard; where the browser refuses, says to select and copy by hand. */
    private void copy(String snippet) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", snippet).then(
                done -> Notices.withId(Notices.success(getTranslation("testimonials.ui.publishing.copied")),
                        "testimonials-widget-copied"),
                refused -> Notices.withId(Notices.warning(getTranslation("testimonials.ui.publishing.copy-failed")),
                        "testimonials-widget-copy-failed"));
    }
}
