package io.klien.ui.clients;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.klien.clients.ClientProfile;
import io.klien.clients.Clients;
import io.klien.clients.TimelineEntryView;
import io.klien.ui.FirmFormats;
import io.klien.ui.leads.People;

/** The client page's timeline tab: what happened with the client, newest first, paged from the database. */
class ClientTimelineTab extends Composite<Grid<TimelineEntryView>> {

    ClientTimelineTab(ClientProfile client, Clients clients, People people, FirmFormats time) {
        Grid<TimelineEntryView> timeline = getContent();
        timeline.setId("client-timeline");
        timeline.addColumn(e -> time.dateTime(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(e -> translateType(e.type())).setHeader(getTranslation("leads.activity.type-label")).setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(TimelineEntryView::text).setHeader(getTranslation("leads.activity.text")).setFlexGrow(1);
        timeline.addColumn(e -> people.name(e.authorSubject())).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        timeline.setItems(query -> clients.timeline(client.id(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        timeline.setEmptyStateText(getTranslation("clients.timeline.empty"));
        timeline.setHeight("400px");
    }

    private String translateType(String type) {
        String key = "leads.activity." + type;
        String text = getTranslation(key);
        return text.startsWith("!") ? type : text;
    }
}
