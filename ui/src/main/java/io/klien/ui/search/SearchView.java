package io.klien.ui.search;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.search.GlobalSearch;
import io.klien.search.SearchHit;
import io.klien.search.SearchResults;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Results of the header's search: clients, contacts and leads whose name, email or organization match. */
@Route(value = "search", layout = MainLayout.class)
@RolesAllowed({"TENANT_ADMIN", "STAFF"})
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_KIND = 20;

    private final GlobalSearch search;

    public SearchView(GlobalSearch search) {
        this.search = search;
        addClassName("klien-page");
        setId("search-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        if (text.isEmpty()) {
            add(new Paragraph(getTranslation("search.prompt")));
            return;
        }
        SearchResults results = search.search(text, PER_KIND);
        if (results.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.none", text));
            none.setId("search-none");
            add(none);
            return;
        }
        section("search.clients", results.clients());
        section("search.contacts", results.contacts());
        section("search.leads", results.leads());
    }

    private void section(String titleKey, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("klien-card");
        for (SearchHit hit : hits) {
            String href = switch (hit.kind()) {
                case CLIENT -> "clients/" + hit.id();
                case CONTACT -> "clients/" + hit.clientId();
                case LEAD -> "leads/" + hit.id();
            };
            Anchor link = new Anchor(href, hit.title());
            link.addClassName("klien-search-hit");
            Div row = new Div(link);
            if (hit.detail() != null) {
                Span detail = new Span(" · " + hit.detail());
                detail.addClassName("klien-muted");
                row.add(detail);
            }
            card.add(row);
        }
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
