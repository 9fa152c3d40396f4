package io.klien.ui.onboarding;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.klien.onboarding.KickoffMeeting;
import io.klien.onboarding.KickoffView;
import io.klien.onboarding.StepType;

/**
 * A kickoff meeting: when and where it is with its calendar invitation, and (for staff) the form that schedules or
 * moves it, also after the step is done.
 */
@SpringComponent
class KickoffMeetingPanel implements StepPanel {

    @Override
    public StepType type() {
        return StepType.KICKOFF_MEETING;
    }

    @Override
    public Component render(StepContext step) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        KickoffView kickoff = step.step().outcome(KickoffView.class);
        OnboardingServices services = step.services();
        if (kickoff != null) {
            Span when = new Span(step.text("onboarding.ui.kickoff.scheduled", step.dateTime(kickoff.startsAt()),
                    kickoff.place() != null ? kickoff.place() : kickoff.videoLink(),
                    String.join(", ", kickoff.attendees())));
            when.setId(step.id("kickoff-summary"));
            Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = services.onboardings().kickoffInvitation(step.step().id())
                        .getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "kickoff.ics", "text/calendar",
                        bytes.length);
            }), AttachmentType.DOWNLOAD, step.text("onboarding.ui.kickoff.ics"));
            ics.setId(step.id("kickoff-ics"));
            layout.add(when, ics);
        }
        if (step.clientUser()) {
            return layout;
        }
        DatePicker date = new DatePicker(step.text("onboarding.ui.kickoff.date"));
        date.setId(step.id("kickoff-date"));
        date.setMin(step.today());
        TimePicker time = new TimePicker(step.text("onboarding.ui.kickoff.time"));
        time.setId(step.id("kickoff-time"));
        time.setValue(LocalTime.of(10, 0));
        IntegerField minutes = new IntegerField(step.text("onboarding.ui.kickoff.minutes"));
        minutes.setId(step.id("kickoff-minutes"));
        minutes.setValue(60);
        minutes.setStepButtonsVisible(true);
        TextField place = new TextField(step.text("onboarding.ui.kickoff.place"));
        place.setId(step.id("kickoff-place"));
        TextField link = new TextField(step.text("onboarding.ui.kickoff.link"));
        link.setId(step.id("kickoff-link"));
        TextField attendees = new TextField(step.text("onboarding.ui.kickoff.attendees"));
        attendees.setId(step.id("kickoff-attendees"));
        attendees.setHelperText(step.text("onboarding.ui.comma-separated"));
        Button schedule = new Button(step.text(kickoff == null ? "onboarding.ui.kickoff.schedule"
                : "onboarding.ui.kickoff.reschedule"), VaadinIcon.CALENDAR.create(), click -> step.act(
                () -> services.steps().scheduleKickoff(step.step().id(), new KickoffMeeting(date.getValue(),
                        time.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                        StepContext.blankToNull(place.getValue()), StepContext.blankToNull(link.getValue()),
                        StepContext.split(attendees.getValue()))),
                "onboarding.ui.kickoff.sent", null));
        schedule.setId(step.id("kickoff-schedule"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(new FormLayout(date, time, minutes, place, link, attendees), schedule);
        return layout;
    }
}
