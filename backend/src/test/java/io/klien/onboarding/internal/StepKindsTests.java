package io.klien.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.klien.onboarding.StepType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every step type has its rules in exactly one {@link StepKind}, so work on a step of any type has one place to go. */
@SpringBootTest
class StepKindsTests {

    @Autowired List<StepKind> kinds;

    @Test
    void everyStepTypeHasExactlyOneKind() {
        assertThat(kinds).extracting(StepKind::type).containsExactlyInAnyOrder(StepType.values());
    }
}
