package io.klien.onboarding.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.klien.onboarding.AttachedDocuments;
import io.klien.onboarding.DocumentRequirements;
import io.klien.onboarding.StepType;
import io.klien.onboarding.internal.StepWork.Work;
import io.klien.shared.DomainException;
import org.springframework.stereotype.Component;

/** Document requests: files attached up to the number the request allows; done once at least one is attached. */
@Component
class DocumentRequestStep extends StepKind {

    DocumentRequestStep(StepWork work) {
        super(work);
    }

    @Override
    StepType type() {
        return StepType.DOCUMENT_REQUEST;
    }

    Work attach(UUID stepId, List<UUID> documentIds) {
        Work w = lock(stepId);
        w.step().requireWorkable();
        if (documentIds.isEmpty()) {
            throw new DomainException("onboarding.documents.none");
        }
        Set<UUID> all = new LinkedHashSet<>(attached(w.step()));
        all.addAll(documentIds);
        int maxFiles = maxFiles(w.step());
        if (all.size() > maxFiles) {
            throw new DomainException("onboarding.documents.too-many", maxFiles);
        }
        w.step().begin();
        w.step().record(new AttachedDocuments(List.copyOf(all)));
        work.settle(w, false);
        return w;
    }

    Work detach(UUID stepId, UUID documentId) {
        Work w = lock(stepId);
        w.step().begin();
        List<UUID> all = new ArrayList<>(attached(w.step()));
        all.remove(documentId);
        w.step().record(new AttachedDocuments(all));
        work.settle(w, false);
        return w;
    }

    Work complete(UUID stepId) {
        Work w = lock(stepId);
        w.step().requireWorkable();
        if (attached(w.step()).isEmpty()) {
            throw new DomainException("onboarding.documents.none");
        }
        work.complete(w);
        return w;
    }

    /** The request, locked, as long as it takes another file. */
    Work takingFiles(UUID stepId) {
        Work w = lock(stepId);
        w.step().requireWorkable();
        int maxFiles = maxFiles(w.step());
        if (attached(w.step()).size() >= maxFiles) {
            throw new DomainException("onboarding.documents.too-many", maxFiles);
        }
        return w;
    }

    private static List<UUID> attached(OnboardingStep step) {
        AttachedDocuments attached = step.outcome(AttachedDocuments.class);
        return attached == null ? List.of() : attached.documentIds();
    }

    private static int maxFiles(OnboardingStep step) {
        DocumentRequirements requirements = step.config().documents();
        return requirements == null ? TemplateRules.MAX_FILES : requirements.maxFiles();
    }
}
