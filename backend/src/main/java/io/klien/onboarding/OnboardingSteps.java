package io.klien.onboarding;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.contracts.ContractDraft;
import io.klien.onboarding.StepWork.Work;
import io.klien.onboarding.internal.OnboardingStep;
import io.klien.onboarding.internal.OnboardingStepCommentRepository;
import io.klien.shared.TextInput;
import io.klien.shared.permission.FirmRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on the steps of a running onboarding, one method per way a step gets done. Staff may act on every
 * step; a client user only on their own client's steps of the client side (forms, drafts, documents). Each step
 * is completed once: of two people completing it at the same time, the second is told it is already done.
 *
 * <p>This service declares who may do what; each step type's rules live in its {@link StepKind} and what a step
 * records in its {@link StepOutcome}. A new step type adds its kind and the entry points that call it here.
 */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class OnboardingSteps {

    private static final TextInput TEXT = TemplateRules.TEXT;

    private final StepWork work;
    private final OnboardingStepCommentRepository comments;
    private final IntakeFormStep forms;
    private final DocumentRequestStep documentRequests;
    private final ConflictCheckStep conflictChecks;
    private final KycStep kyc;
    private final EngagementLetterStep letters;
    private final KickoffMeetingStep kickoffs;
    private final InternalTaskStep tasks;

    OnboardingSteps(StepWork work, OnboardingStepCommentRepository comments, IntakeFormStep forms,
            DocumentRequestStep documentRequests, ConflictCheckStep conflictChecks, KycStep kyc,
            EngagementLetterStep letters, KickoffMeetingStep kickoffs, InternalTaskStep tasks) {
        this.work = work;
        this.comments = comments;
        this.forms = forms;
        this.documentRequests = documentRequests;
        this.conflictChecks = conflictChecks;
        this.kyc = kyc;
        this.letters = letters;
        this.kickoffs = kickoffs;
        this.tasks = tasks;
    }

    /** Marks an open step as in progress, so the other side sees work on it has started. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView begin(UUID stepId) {
        Work w = work.lock(stepId);
        w.step().begin();
        work.settle(w, false);
        return view(w);
    }

    // ---- intake forms ----

    /**
     * Saves the answers so far without submitting them: they may be incomplete, but only the form's own fields.
     * {@code version} is the step's version the answers were typed on ({@link StepView#version()}): when someone saved
     * the step since, the save is refused ({@code onboarding.form.stale}) and their answers stay.
     */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView saveDraft(UUID stepId, long version, Map<String, List<String>> answers) {
        return view(forms.answer(stepId, version, answers, false));
    }

    /**
     * Submits the form and completes its step. Every field is checked first; a {@link FormRejected} lists each
     * field's problem and nothing is saved. A stale {@code version} is refused as in {@link #saveDraft}.
     */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView submitForm(UUID stepId, long version, Map<String, List<String>> answers) {
        return view(forms.answer(stepId, version, answers, true));
    }

    // ---- document requests ----

    /** Attaches uploaded documents (by id) to a document request, up to the number of files it allows. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView attachDocuments(UUID stepId, List<UUID> documentIds) {
        return view(documentRequests.attach(stepId, documentIds));
    }

    /** Takes a document off a document request that is not done yet. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView detachDocument(UUID stepId, UUID documentId) {
        return view(documentRequests.detach(stepId, documentId));
    }

    /** Marks a document request done; at least one document must be attached. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView completeDocumentRequest(UUID stepId) {
        return view(documentRequests.complete(stepId));
    }

    // ---- conflict of interest ----

    /**
     * Searches the firm's clients, contacts, leads and recorded adverse parties for the client's name and the other
     * names given (opposing parties, related companies), and records the hits. A new search asks for a new decision.
     */
    public StepView runConflictCheck(UUID stepId, List<String> otherNames) {
        return view(conflictChecks.run(stepId, otherNames));
    }

    /**
     * Records the decision on the last search: clear or waived (a waiver needs its reason) completes the step; a
     * conflict keeps the onboarding from completing.
     */
    public StepView decideConflict(UUID stepId, ConflictDecision decision, @Nullable String reason) {
        return view(conflictChecks.decide(stepId, decision, reason));
    }

    // ---- identity, letter, kickoff, tasks ----

    /** Records how the client's identity was verified, by whoever records it, and completes the step. */
    public StepView recordKyc(UUID stepId, KycRecord record) {
        return view(kyc.record(stepId, record));
    }

    /**
     * Links the uploaded copy of the identity document to a recorded verification, also after the onboarding
     * completed (the upload may come later than the check).
     */
    public StepView linkKycDocument(UUID stepId, UUID documentId) {
        return view(kyc.linkDocument(stepId, documentId));
    }

    /** Staff mark the engagement letter signed: a letter signed outside Klien, on a day not in the future. */
    public StepView markLetterSigned(UUID stepId, @Nullable LocalDate signedOn) {
        return view(letters.markSigned(stepId, signedOn));
    }

    /**
     * Drafts the engagement letter as a contract for the onboarding's client and links it to the step, in one
     * transaction; the step completes when the contract is signed.
     */
    public StepView draftLetterContract(UUID stepId, UUID templateId, ContractDraft draft) {
        return view(letters.draftContract(stepId, templateId, draft));
    }

    /** Links a contract already drafted for the onboarding's client as its engagement letter. */
    public StepView linkLetterContract(UUID stepId, UUID contractId) {
        return view(letters.linkContract(stepId, contractId));
    }

    /**
     * Schedules the kickoff meeting (in the firm's time zone) and completes the step; a scheduled meeting may be
     * moved later, which raises its invitation's sequence. The invitation ({@link Onboardings#kickoffInvitation}) is
     * mailed to the attendees once the change is committed ({@link KickoffScheduled}).
     */
    public StepView scheduleKickoff(UUID stepId, KickoffMeeting meeting) {
        return view(kickoffs.schedule(stepId, meeting));
    }

    /** Completes an internal task of the firm. */
    public StepView completeTask(UUID stepId) {
        return view(tasks.complete(stepId));
    }

    /** Skips an optional step (steps that waited for it open); required steps cannot be skipped. */
    public StepView skip(UUID stepId, @Nullable String reason) {
        Work w = work.lock(stepId);
        w.step().skip(work.now(), w.subject(), TEXT.optional(reason, 500));
        work.settle(w, false);
        return view(w);
    }

    private StepView view(Work w) {
        OnboardingStep step = w.step();
        boolean clientUser = StepWork.clientUser(w.scope());
        return step.toView(work.today(), comments.countVisible(step, clientUser), clientUser);
    }
}
