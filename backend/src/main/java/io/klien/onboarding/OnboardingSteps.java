package io.klien.onboarding;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.contracts.ContractDraft;
import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;

/**
 * The work on the steps of a running onboarding, one method per way a step gets done. Staff may act on every
 * step; a client user only on their own client's steps of the client side (forms, drafts, documents). Each step
 * is completed once: of two people completing it at the same time, the second is told it is already done.
 *
 * <p>This interface declares who may do what; each step type's rules live in its {@code StepKind} (in
 * {@code internal}) and what a step records in its {@link StepOutcome}. A new step type adds its kind and the entry
 * points that call it here.
 */
@FirmRoles({TENANT_ADMIN, STAFF})
public interface OnboardingSteps {

    /** Marks an open step as in progress, so the other side sees work on it has started. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    StepView begin(UUID stepId);

    /**
     * Saves the answers so far without submitting them: they may be incomplete, but only the form's own fields.
     * {@code version} is the step's version the answers were typed on ({@link StepView#version()}): when someone saved
     * the step since, the save is refused ({@code onboarding.form.stale}) and their answers stay.
     */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    StepView saveDraft(UUID stepId, long version, Map<String, List<String>> answers);

    /**
     * Submits the form and completes its step. Every field is checked first; a {@link FormRejected} lists each
     * field's problem and nothing is saved. A stale {@code version} is refused as in {@link #saveDraft}.
     */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    StepView submitForm(UUID stepId, long version, Map<String, List<String>> answers);

    /** Attaches uploaded documents (by id) to a document request, up to the number of files it allows. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    StepView attachDocuments(UUID stepId, List<UUID> documentIds);

    /** Takes a document off a document request that is not done yet. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    StepView detachDocument(UUID stepId, UUID documentId);

    /** Marks a document request done; at least one document must be attached. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    StepView completeDocumentRequest(UUID stepId);

    /**
     * Searches the firm's clients, contacts, leads and recorded adverse parties for the client's name and the other
     * names given (opposing parties, related companies), and records the hits. A new search asks for a new decision.
     */
    StepView runConflictCheck(UUID stepId, List<String> otherNames);

    /**
     * Records the decision on the last search: clear or waived (a waiver needs its reason) completes the step; a
     * conflict keeps the onboarding from completing.
     */
    StepView decideConflict(UUID stepId, ConflictDecision decision, @Nullable String reason);

    /** Records how the client's identity was verified, by whoever records it, and completes the step. */
    StepView recordKyc(UUID stepId, KycRecord record);

    /**
     * Links the uploaded copy of the identity document to a recorded verification, also after the onboarding
     * completed (the upload may come later than the check).
     */
    StepView linkKycDocument(UUID stepId, UUID documentId);

    /** Staff mark the engagement letter signed: a letter signed outside Klien, on a day not in the future. */
    StepView markLetterSigned(UUID stepId, @Nullable LocalDate signedOn);

    /**
     * Drafts the engagement letter as a contract for the onboarding's client and links it to the step, in one
     * transaction; the step completes when the contract is signed.
     */
    StepView draftLetterContract(UUID stepId, UUID templateId, ContractDraft draft);

    /** Links a contract already drafted for the onboarding's client as its engagement letter. */
    StepView linkLetterContract(UUID stepId, UUID contractId);

    /**
     * Schedules the kickoff meeting (in the firm's time zone) and completes the step; a scheduled meeting may be
     * moved later, which raises its invitation's sequence. The invitation ({@link Onboardings#kickoffInvitation}) is
     * mailed to the attendees once the change is committed ({@link KickoffScheduled}).
     */
    StepView scheduleKickoff(UUID stepId, KickoffMeeting meeting);

    /** Completes an internal task of the firm. */
    StepView completeTask(UUID stepId);

    /** Skips an optional step (steps that waited for it open); required steps cannot be skipped. */
    StepView skip(UUID stepId, @Nullable String reason);
}
