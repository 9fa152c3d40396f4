package io.klien.ui.health;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.klien.shared.DomainException;
import io.klien.testimonials.NpsSurveyView;
import io.klien.testimonials.NpsSurveys;
import io.klien.ui.Notices;

/** On the portal home: the client user's open NPS survey, answered in place (hidden when there is none). */
public class PortalNpsPrompt extends Div {

    public PortalNpsPrompt() {
        setId("portal-nps");
        addClassName("klien-card");
        HealthServices services = HealthServices.current();
        NpsSurveys surveys = services.surveys();
        List<NpsSurveyView> open = surveys.openForMe();
        if (open.isEmpty()) {
            setVisible(false);
            return;
        }
        NpsSurveyView survey = open.getFirst();
        add(new H3(getTranslation("health.nps.title")));
        add(new NpsAnswerForm(services.firmName(), "portal-nps", (score, comment) -> {
            try {
                surveys.answer(survey.id(), score, comment);
                removeAll();
                Paragraph thanks = new Paragraph(getTranslation("health.nps.thanks"));
                thanks.setId("portal-nps-thanks");
                add(thanks);
            } catch (DomainException e) {
                Notices.refused(e);
            }
        }));
    }
}
