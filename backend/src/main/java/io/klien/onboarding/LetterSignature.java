package io.klien.onboarding;

import java.time.LocalDate;
import java.util.Objects;

/** The outcome of an engagement letter step: the day the client signed the letter (as staff recorded it). */
public record LetterSignature(LocalDate signedOn) implements StepOutcome {

    public LetterSignature {
        Objects.requireNonNull(signedOn, "signedOn");
    }
}
