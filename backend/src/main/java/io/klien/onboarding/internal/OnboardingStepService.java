package io.klien.onboarding.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.contracts.ContractDraft;
import io.klien.onboarding.ConflictDecision;
import io.klien.onboarding.KickoffMeeting;
import io.klien.onboarding.KycRecord;
import io.klien.onboarding.OnboardingSteps;
import io.klien.onboarding.StepView;
import io.klien.onboarding.internal.StepWork.Work;
import io.klien.shared.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OnboardingStepService implements OnboardingSteps {

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

    OnboardingStepService(StepWork work, OnboardingStepCommentRepository comments, IntakeFormStep forms,
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

    @Override
    public StepView begin(UUID stepId) {
        Work w = work.lock(stepId);
        w.step().begin();
        work.settle(w, false);
        return view(w);
    }

    // ---- intake forms ----

    @Override
    public StepView saveDraft(UUID stepId, long version, Map<String, List<String>> answers) {
        return view(forms.answer(stepId, version, answers, false));
    }

    @Override
    public StepView submitForm(UUID stepId, long version, Map<String, List<String>> answers) {
        return view(forms.answer(stepId, version, answers, true));
    }

    // ---- document requests ----

    @Override
    public StepView attachDocuments(UUID stepId, List<UUID> documentIds) {
        return view(documentRequests.attach(stepId, documentIds));
    }

    @Override
    public StepView detachDocument(UUID stepId, UUID documentId) {
        return view(documentRequests.detach(stepId, documentId));
    }

    @Override
    public StepView completeDocumentRequest(UUID stepId) {
        return view(documentRequests.complete(stepId));
    }

    // ---- conflict of interest ----

    @Override
    public StepView runConflictCheck(UUID stepId, List<String> otherNames) {
        return view(conflictChecks.run(stepId, otherNames));
    }

    @Override
    public StepView decideConflict(UUID stepId, ConflictDecision decision, @Nullable String reason) {
        return view(conflictChecks.decide(stepId, decision, reason));
    }

    // ---- identity, letter, kickoff, tasks ----

    @Override
    public StepView recordKyc(UUID stepId, KycRecord record) {
        return view(kyc.record(stepId, record));
    }

    @Override
    public StepView linkKycDocument(UUID stepId, UUID documentId) {
        return view(kyc.linkDocument(stepId, documentId));
    }

    @Override
    public StepView markLetterSigned(UUID stepId, @Nullable LocalDate signedOn) {
        return view(letters.markSigned(stepId, signedOn));
    }

    @Override
    public StepView draftLetterContract(UUID stepId, UUID templateId, ContractDraft draft) {
        return view(letters.draftContract(stepId, templateId, draft));
    }

    @Override
    public StepView linkLetterContract(UUID stepId, UUID contractId) {
        return view(letters.linkContract(stepId, contractId));
    }

    @Override
    public StepView scheduleKickoff(UUID stepId, KickoffMeeting meeting) {
        return view(kickoffs.schedule(stepId, meeting));
    }

    @Override
    public StepView completeTask(UUID stepId) {
        return view(tasks.complete(stepId));
    }

    @Override
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
