package io.klien.ui.contracts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.klien.contracts.TermsAmendment;
import io.klien.shared.PeopleDirectory;
import io.klien.ui.FirmFormats;


/** How a contract's terms were changed by signed amendments: which terms, when, drafted by whom, and the addendum. */
class AmendmentHistory extends Div {

    AmendmentHistory(List<TermsAmendment> history, FirmFormats formats, PeopleDirectory people) {
        setId("contract-amendments");
        addClassName("klien-card");
        add(new H3(getTranslation("contracts.amendments")));
        if (history.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contracts.amendments.none"));
            none.addClassName("klien-muted");
            none.setId("contract-amendments-none");
            add(none);
            return;
        }
        Map<String, String> names = people.names(history.stream().map(TermsAmendment::amendedBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        OrderedList list = new OrderedList();
        int i = 0;
        for (TermsAmendment a : history) {
            String changed = a.changed().stream().sorted()
                    .map(term -> getTranslation("contracts.term-name." + term.name()))
                    .collect(Collectors.joining(", "));
            Anchor addendum = new Anchor("contracts/" + a.amendmentId(), getTranslation("contracts.amendments.open"));
            Span what = new Span(getTranslation("contracts.amendments.entry", changed, formats.dateTime(a.amendedAt()),
                    a.amendedBy() == null ? "—" : names.getOrDefault(a.amendedBy(), getTranslation("people.former"))) + " ");
            ListItem item = new ListItem(what, addendum);
            item.setId("contract-amendment-" + i++);
            list.add(item);
        }
        add(list);
    }
}
