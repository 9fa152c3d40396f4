package io.klien.ui.firms;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.klien.shared.FirmRole;
import io.klien.tenancy.FirmChoice;
import io.klien.ui.errors.CenteredCard;
import io.klien.ui.security.ActiveFirm;
import jakarta.annotation.security.PermitAll;

/** After sign-in, a person who belongs to several firms picks the one to work in; they can come back to switch. */
@Route("firms")
@PermitAll
public class FirmPickerView extends CenteredCard implements HasDynamicTitle {

    public FirmPickerView(ActiveFirm activeFirm) {
        H1 title = new H1(getTranslation("firms.title"));
        title.setId("firms-title");
        card().add(title);
        List<FirmChoice> choices = activeFirm.choices();
        if (choices.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("firms.empty"));
            empty.setId("firms-empty");
            empty.addClassName("klien-muted");
            card().add(empty);
            return;
        }
        card().add(new Paragraph(getTranslation("firms.intro")));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("firm-choices");
        for (FirmChoice choice : choices) {
            Span swatch = new Span();
            swatch.addClassName("klien-swatch");
            swatch.getStyle().set("background", choice.primaryColor());
            Button enter = new Button(choice.firmName(), swatch, click -> {
                FirmRole role = activeFirm.enter(choice.tenantId());
                getUI().ifPresent(ui -> ui.navigate(role == FirmRole.CLIENT ? "portal" : ""));
            });
            enter.setId("firm-" + choice.tenantId());
            enter.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            enter.setWidthFull();
            enter.setTooltipText(getTranslation("role." + choice.role().name()));
            list.add(enter);
        }
        card().add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("firms.title");
    }
}
