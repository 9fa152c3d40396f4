package io.klien.ui.testimonials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import io.klien.ui.DemoFirmBrowserlessTest;
import io.klien.ui.OwnFirms;
import io.klien.ui.TestUsers.DemoUser;
import io.klien.ui.TestUsers.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.NullNode;

/**
 * Rudi finds on the moderation page how to show Hartono &amp; Partners' testimonials on the firm's own website: the
 * public wall (opening in a new tab), the widget snippet with the firm's address that he copies in one click, and the
 * JSON feed, in his language.
 */
@SpringBootTest
class WebsitePublishingTests extends DemoFirmBrowserlessTest {

    @Value("${klien.public-url}") String publicUrl;

    @Test
    @SignedInAs(DemoUser.STAFF)
    void staffSeeTheWallTheSnippetWithTheFirmsSlugAndTheFeedAndCopyTheSnippet() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String wall = publicUrl + "/wall/" + OwnFirms.current().hartonoSlug();

        navigate(ModerationView.class);

        Div section = $(Div.class).id("testimonials-publishing");
        assertThat(section.getElement().getTextRecursively()).contains("Publish on your website");
        Anchor wallLink = $(Anchor.class).id("testimonials-wall-link");
        assertThat(wallLink.getHref()).isEqualTo(wall);
        assertThat(wallLink.getElement().getAttribute("target")).as("opens in a new tab").isEqualTo("_blank");
        TextArea snippet = $(TextArea.class).id("testimonials-widget-snippet");
        assertThat(snippet.isReadOnly()).isTrue();
        assertThat(snippet.getValue()).startsWith("<iframe src=\"" + wall + "/widget\"")
                .contains(OwnFirms.current().hartonoSlug()).contains("title=\"Testimonials of ");
        assertThat($(Anchor.class).id("testimonials-feed-link").getHref()).isEqualTo(wall + "/feed.json");

        test($(Button.class).id("testimonials-widget-copy")).click();
        roundTrip();

        List<PendingJavaScriptInvocation> copies = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()
                .stream().filter(js -> js.getInvocation().getExpression().contains("navigator.clipboard.writeText"))
                .toList();
        assertThat(copies).singleElement().satisfies(js -> assertThat(js.getInvocation().getParameters())
                .as("the snippet as shown goes to the clipboard").contains(snippet.getValue()));
        copies.getFirst().complete(NullNode.getInstance());
        assertThat($(Notification.class).id("testimonials-widget-copied").getElement().getProperty("text"))
                .isEqualTo("Copied");
    }

    @Test
    @SignedInAs(DemoUser.STAFF)
    void theSectionSpeaksBahasaIndonesia() {
        actAs(DemoUser.STAFF);
        UI.getCurrent().setLocale(Locale.forLanguageTag("id"));

        navigate(ModerationView.class);

        assertThat($(Div.class).id("testimonials-publishing").getElement().getTextRecursively())
                .contains("Publikasikan di situs web Anda");
        assertThat($(TextArea.class).id("testimonials-widget-snippet").getValue()).contains("title=\"Testimoni ");
        assertThat($(Button.class).id("testimonials-widget-copy").getText()).isEqualTo("Salin");
    }
}
