package io.klien.onboarding.internal;

import java.util.UUID;

import io.klien.onboarding.StepType;
import io.klien.onboarding.internal.StepWork.Work;
import org.springframework.stereotype.Component;

/** Internal tasks of the firm: marked done, recording nothing else. */
@Component
class InternalTaskStep extends StepKind {

    InternalTaskStep(StepWork work) {
        super(work);
    }

    @Override
    StepType type() {
        return StepType.INTERNAL_TASK;
    }

    Work complete(UUID stepId) {
        Work w = lock(stepId);
        work.complete(w);
        return w;
    }
}
