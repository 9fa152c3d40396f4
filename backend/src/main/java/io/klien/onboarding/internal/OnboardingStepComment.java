package io.klien.onboarding.internal;

import java.time.Instant;
import java.util.UUID;

import io.klien.onboarding.CommentView;
import io.klien.onboarding.StepSide;
import io.klien.shared.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a step, by someone of the firm or of the client, possibly answering another comment. An internal
 * comment is the firm's only: client users never read it.
 */
@Entity
@Table(name = "onboarding_step_comment")
class OnboardingStepComment extends TenantOwnedEntity {

    @Column(name = "onboarding_id", updatable = false)
    private UUID onboardingId;
    @Column(name = "step_id", updatable = false)
    private UUID stepId;
    @Column(name = "parent_id", updatable = false)
    private @Nullable UUID parentId;
    @Column(name = "author_subject", updatable = false)
    private String authorSubject;
    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", updatable = false)
    private StepSide authorSide;
    @Column(updatable = false)
    private String text;
    @Column(updatable = false)
    private boolean internal;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected OnboardingStepComment() {
        this.onboardingId = new UUID(0, 0);
        this.stepId = new UUID(0, 0);
        this.authorSubject = "";
        this.authorSide = StepSide.FIRM;
        this.text = "";
        this.createdAt = Instant.EPOCH;
    }

    public static OnboardingStepComment of(UUID onboardingId, UUID stepId, @Nullable UUID parentId,
            String authorSubject, StepSide side, String text, boolean internal, Instant at) {
        OnboardingStepComment c = new OnboardingStepComment();
        c.onboardingId = onboardingId;
        c.stepId = stepId;
        c.parentId = parentId;
        c.authorSubject = authorSubject;
        c.authorSide = side;
        c.text = text;
        c.internal = internal;
        c.createdAt = at;
        return c;
    }

    public UUID stepId() {
        return stepId;
    }

    public boolean internal() {
        return internal;
    }

    public CommentView toView() {
        return new CommentView(id(), stepId, parentId, authorSubject, authorSide, text, internal, createdAt);
    }
}
