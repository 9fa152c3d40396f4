package io.klien.onboarding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

import io.klien.onboarding.ConflictCheckView;
import io.klien.onboarding.ConflictDecided;
import io.klien.onboarding.ConflictDecision;
import io.klien.onboarding.ConflictHit;
import io.klien.onboarding.StepType;
import io.klien.onboarding.internal.StepWork.Work;
import io.klien.shared.DomainException;
import io.klien.shared.NormalizedName;
import io.klien.shared.TextInput;
import io.klien.shared.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Conflict checks: a search of the firm's records for the client's and other names, then staff's decision on it. A
 * clear or waived decision completes the step; a conflict holds the onboarding. A new search asks for a new decision.
 */
@Component
class ConflictCheckStep extends StepKind {

    private static final TextInput TEXT = TemplateRules.TEXT;
    private static final int MAX_CONFLICT_NAMES = 20;

    private final ConflictSearch conflicts;
    private final ApplicationEventPublisher events;

    ConflictCheckStep(StepWork work, ConflictSearch conflicts, ApplicationEventPublisher events) {
        super(work);
        this.conflicts = conflicts;
        this.events = events;
    }

    @Override
    StepType type() {
        return StepType.CONFLICT_CHECK;
    }

    Work run(UUID stepId, List<String> otherNames) {
        Work w = lock(stepId);
        w.step().requireWorkable();
        List<String> names = new ArrayList<>();
        List<SortedSet<String>> seen = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        candidates.add(work.clientName(w.onboarding().clientId()));
        candidates.addAll(otherNames);
        for (String candidate : candidates) {
            String name = TEXT.optional(candidate, 200);
            SortedSet<String> words = name == null ? null : NormalizedName.words(name);
            if (words != null && !words.isEmpty() && !seen.contains(words)) {
                seen.add(words);
                names.add(name);
            }
        }
        if (names.size() > MAX_CONFLICT_NAMES) {
            throw new DomainException("onboarding.conflict.names.too-many", MAX_CONFLICT_NAMES);
        }
        List<ConflictHit> hits = conflicts.search(names, w.onboarding().clientId());
        w.step().begin();
        w.step().record(ConflictCheckView.searched(names, hits, work.now(), w.subject()));
        work.settle(w, false);
        return w;
    }

    Work decide(UUID stepId, ConflictDecision decision, @Nullable String reason) {
        Work w = lock(stepId);
        if (decision == null) {
            throw new DomainException("onboarding.conflict.decision-required");
        }
        String clean = TEXT.optional(reason, 1000);
        if (decision == ConflictDecision.WAIVED && clean == null) {
            throw new DomainException("onboarding.conflict.reason-required");
        }
        w.step().requireWorkable();
        ConflictCheckView check = w.step().outcome(ConflictCheckView.class);
        if (check == null) {
            throw new DomainException("onboarding.conflict.not-checked");
        }
        w.step().record(check.decided(decision, clean, work.now(), w.subject()));
        w.step().begin();
        events.publishEvent(new ConflictDecided(TenantContext.requireTenantId(), w.onboarding().id(), stepId, decision,
                clean));
        if (decision == ConflictDecision.CONFLICT) {
            work.settle(w, false);
        } else {
            work.complete(w);
        }
        return w;
    }
}
