package io.klien.onboarding;

import java.time.LocalDate;
import java.util.UUID;

import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an engagement letter step: the contract that is the letter (drafted or linked from the step, signed in
 * the portal), and the day the client signed it, as the contract's signing recorded it or staff marked it by hand.
 * A step that waits for its contract holds the contract and no day yet.
 */
public record LetterSignature(@Nullable LocalDate signedOn, @Nullable UUID contractId) implements StepOutcome {

    public LetterSignature {
        if (signedOn == null && contractId == null) {
            throw new DomainException("onboarding.letter.nothing-recorded");
        }
    }

    /** A letter signed outside Klien, marked signed by staff. */
    public LetterSignature(LocalDate signedOn) {
        this(signedOn, null);
    }

    /** Whether the letter is signed (by its contract or by hand). */
    public boolean signed() {
        return signedOn != null;
    }
}
