package io.klien.ui.clients;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import io.klien.clients.CustomValueView;
import io.klien.ui.FirmFormats;
import io.klien.ui.admin.CustomFieldsView;

/**
 * The client's custom field values on the overview, formatted for the reader's locale; when the firm keeps none, it
 * says where tenant admins define them.
 */
class CustomValuesSummary extends Div {

    CustomValuesSummary(List<CustomValueView> values, boolean admin) {
        setId("client-custom-fields");
        add(new H3(getTranslation("clients.custom.title")));
        if (values.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(admin ? "clients.custom.empty-admin" : "clients.custom.empty-staff"));
            empty.setId("client-custom-empty");
            empty.addClassName("klien-muted");
            add(empty);
            if (admin) {
                RouterLink define = new RouterLink(getTranslation("clients.custom.define"), CustomFieldsView.class);
                define.setId("client-custom-define");
                add(define);
            }
            return;
        }
        for (CustomValueView v : values) {
            Paragraph line = new Paragraph(v.label() + ": " + display(v));
            line.setId("client-custom-" + v.key());
            add(line);
        }
    }

    private String display(CustomValueView v) {
        String value = v.value();
        if (value == null) {
            return getTranslation(v.required() ? "clients.custom.not-filled-required" : "clients.custom.not-filled");
        }
        return switch (v.type()) {
            case NUMBER -> {
                NumberFormat format = NumberFormat.getNumberInstance(getLocale());
                format.setMaximumFractionDigits(10);
                yield format.format(new BigDecimal(value));
            }
            case DATE -> FirmFormats.current().date(LocalDate.parse(value));
            case YES_NO -> getTranslation(Boolean.parseBoolean(value) ? "custom-fields.yes" : "custom-fields.no");
            case TEXT, LONG_TEXT, SINGLE_CHOICE -> value;
        };
    }
}
