package io.klien.onboarding;

import java.time.LocalDate;
import java.util.UUID;

import io.klien.onboarding.StepWork.Work;
import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Engagement letters: staff mark the letter signed on a day not in the future (until contracts signs it). */
@Component
class EngagementLetterStep extends StepKind {

    EngagementLetterStep(StepWork work) {
        super(work);
    }

    @Override
    StepType type() {
        return StepType.ENGAGEMENT_LETTER;
    }

    Work markSigned(UUID stepId, @Nullable LocalDate signedOn) {
        Work w = lock(stepId);
        LocalDate date = signedOn != null ? signedOn : work.today();
        if (date.isAfter(work.today())) {
            throw new DomainException("onboarding.letter.future-date");
        }
        w.step().requireWorkable();
        w.step().record(new LetterSignature(date));
        work.complete(w);
        return w;
    }
}
