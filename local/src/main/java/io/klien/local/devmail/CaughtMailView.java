package io.klien.local.devmail;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.klien.localservices.CaughtMail;
import io.klien.localservices.CaughtMailbox;
import io.klien.shared.time.FirmTime;
import io.klien.shared.time.Formats;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Development only: the mails the local catcher received, with their links, for platform admins. The staff layout
 * frames every page under dev/.
 */
@Menu(title = "nav.dev-mail", order = 210, icon = "vaadin:envelopes")
@Route("dev/mail")
@RolesAllowed("PLATFORM_ADMIN")
public class CaughtMailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final @Nullable CaughtMailbox mailbox;
    private final Grid<CaughtMail> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public CaughtMailView(ObjectProvider<CaughtMailbox> mailbox, FirmTime firmTime) {
        this.mailbox = mailbox.getIfAvailable();
        addClassName("klien-page");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("devmail.intro"));
        intro.addClassName("klien-muted");
        Button refresh = new Button(getTranslation("devmail.refresh"), VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("devmail-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(intro, refresh);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(intro);

        Formats time = firmTime.formats(getLocale());
        grid.setId("devmail-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> time.dateTime(m.receivedAt())).setHeader(getTranslation("devmail.received")).setAutoWidth(true);
        grid.addColumn(m -> String.join(", ", m.to())).setHeader(getTranslation("devmail.to")).setAutoWidth(true);
        grid.addColumn(CaughtMail::subject).setHeader(getTranslation("devmail.subject")).setAutoWidth(true);
        grid.addComponentColumn(CaughtMailView::links).setHeader(getTranslation("devmail.links")).setFlexGrow(1);
        empty.setId("devmail-empty");
        empty.setText(getTranslation("devmail.empty"));
        add(bar, empty, grid);
    }

    private static Div links(CaughtMail mail) {
        Div links = new Div();
        links.addClassName("klien-link-list");
        for (String link : mail.links()) {
            Anchor anchor = new Anchor(link, link);
            anchor.setTarget("_blank");
            links.add(anchor);
        }
        return links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (mailbox == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    private void refresh() {
        List<CaughtMail> mails = mailbox == null ? List.of() : mailbox.all();
        grid.setItems(mails);
        grid.setVisible(!mails.isEmpty());
        empty.setVisible(mails.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devmail.title");
    }
}
