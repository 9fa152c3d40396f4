package io.klien.ui.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import io.klien.onboarding.FormRejected;
import io.klien.onboarding.StepState;
import io.klien.onboarding.StepView;
import io.klien.shared.DomainException;
import io.klien.ui.FirmFormats;
import io.klien.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link StepPanel} works with: the step as the checklist shows it, who is looking, the services, and the
 * card's ways of naming components, translating, formatting in the firm's time ({@link FirmFormats}) and acting (every action tells how it went and reloads
 * the checklist).
 */
final class StepContext {

    private final StepCard card;
    private final StepView step;
    private final UUID clientId;
    private final OnboardingServices services;
    private final boolean clientUser;
    private final boolean running;
    private final Runnable changed;
    private final FirmFormats formats = FirmFormats.current();

    StepContext(StepCard card, StepView step, UUID clientId, OnboardingServices services, boolean clientUser, boolean running,
            Runnable changed) {
        this.card = card;
        this.step = step;
        this.clientId = clientId;
        this.services = services;
        this.clientUser = clientUser;
        this.running = running;
        this.changed = changed;
    }

    StepView step() {
        return step;
    }

    /** The client the onboarding is for. */
    UUID clientId() {
        return clientId;
    }

    OnboardingServices services() {
        return services;
    }

    boolean clientUser() {
        return clientUser;
    }

    /** Whether work on the step may go on: the onboarding still runs and the step is open or in progress. */
    boolean open() {
        return running && (step.state() == StepState.OPEN || step.state() == StepState.IN_PROGRESS);
    }

    /** Reloads the checklist. */
    Runnable changed() {
        return changed;
    }

    /** The id of a component of this step's card: {@code step-<position>-<suffix>}. */
    String id(String suffix) {
        return "step-" + step.position() + "-" + suffix;
    }

    String text(String key, Object... arguments) {
        return card.getTranslation(key, arguments);
    }

    String personName(@Nullable String subject) {
        return services.personName().apply(subject);
    }

    /** Today on the firm's calendar (the earliest day a meeting takes, the latest a signature or check had). */
    LocalDate today() {
        return formats.today();
    }

    String date(LocalDate date) {
        return formats.date(date);
    }

    String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    /** A button that runs {@code action} on the step and says {@code doneKey} when it worked. */
    Button button(String idSuffix, String labelKey, Supplier<StepView> action, String doneKey) {
        Button button = new Button(text(labelKey), click -> act(action, doneKey, null));
        button.setId(id(idSuffix));
        return button;
    }

    /**
     * Runs an action on the step: success says {@code doneKey} and reloads the checklist; a refusal says why, and a
     * rejected form shows each field's problem on {@code form}.
     */
    void act(Supplier<StepView> action, String doneKey, @Nullable IntakeForm form) {
        try {
            action.get();
            Notices.success(text(doneKey, step.title()));
            changed.run();
        } catch (FormRejected rejected) {
            if (form != null) {
                form.showProblems(rejected.problems(), p -> text(p.messageKey(), p.arguments().toArray()));
            }
            error(rejected);
        } catch (DomainException e) {
            error(e);
        }
    }

    void error(DomainException e) {
        Notices.error(text(e.messageKey(), e.arguments())).setId("onboarding-error");
    }

    /** Names typed into one field, separated by commas, semicolons or lines. */
    static List<String> split(@Nullable String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
