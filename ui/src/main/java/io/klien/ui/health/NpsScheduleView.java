package io.klien.ui.health;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.klien.shared.DomainException;
import io.klien.testimonials.NpsSettings;
import io.klien.testimonials.NpsSurveys;
import io.klien.ui.Notices;
import io.klien.ui.forms.FieldErrors;
import io.klien.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** A tenant admin turns the firm's NPS surveys on or off and sets how often a contact is asked. */
@Menu(title = "nav.nps-schedule", order = 155)
@Route(value = "admin/nps", layout = MainLayout.class)
@RolesAllowed("TENANT_ADMIN")
public class NpsScheduleView extends Div implements HasDynamicTitle {

    public NpsScheduleView(NpsSurveys surveys) {
        addClassName("klien-page");
        NpsSettings current = surveys.settings();
        Checkbox enabled = new Checkbox(getTranslation("health.schedule.enabled"), current.enabled());
        enabled.setId("nps-schedule-enabled");
        IntegerField interval = new IntegerField(getTranslation("health.schedule.interval"));
        interval.setId("nps-schedule-interval");
        interval.setValue(current.intervalDays());
        interval.setHelperText(getTranslation("health.schedule.interval.help"));
        IntegerField linkDays = new IntegerField(getTranslation("health.schedule.link-days"));
        linkDays.setId("nps-schedule-link-days");
        linkDays.setValue(current.linkValidDays());
        Button save = new Button(getTranslation("action.save"), click -> {
            interval.setInvalid(false);
            linkDays.setInvalid(false);
            try {
                surveys.changeSettings(new NpsSettings(enabled.getValue(),
                        interval.getValue() == null ? 0 : interval.getValue(),
                        linkDays.getValue() == null ? 0 : linkDays.getValue()));
                Notices.success(getTranslation("health.schedule.saved"));
            } catch (DomainException e) {
                FieldErrors.show(e, Map.of("intervalDays", interval, "linkValidDays", linkDays));
            }
        });
        save.setId("nps-schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("health.schedule.intro"));
        intro.addClassName("klien-muted");
        Div card = new Div(intro, new FormLayout(enabled, interval, linkDays), save);
        card.addClassName("klien-card");
        add(new H2(getTranslation("health.schedule.title")), card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.schedule.title");
    }
}
