package io.klien.onboarding;

import static io.klien.shared.FirmRole.CLIENT;
import static io.klien.shared.FirmRole.STAFF;
import static io.klien.shared.FirmRole.TENANT_ADMIN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.regex.Pattern;

import io.klien.onboarding.StepWork.Work;
import io.klien.onboarding.internal.OnboardingStep;
import io.klien.onboarding.internal.OnboardingStepCommentRepository;
import io.klien.shared.ContactFormat;
import io.klien.shared.DomainException;
import io.klien.shared.NormalizedName;
import io.klien.shared.TextInput;
import io.klien.shared.permission.FirmRoles;
import io.klien.shared.tenant.TenantContext;
import io.klien.tenancy.Memberships;
import io.klien.tenancy.MembershipView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on the steps of a running onboarding, one method per way a step gets done. Staff may act on every
 * step; a client user only on their own client's steps of the client side (forms, drafts, documents). Each step
 * is completed once: of two people completing it at the same time, the second is told it is already done.
 */
@Service
@Transactional
@FirmRoles({TENANT_ADMIN, STAFF})
public class OnboardingSteps {

    private static final TextInput TEXT = TemplateRules.TEXT;
    private static final int MAX_CONFLICT_NAMES = 20;
    private static final int MAX_ATTENDEES = 100;
    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s]+");

    private final StepWork work;
    private final ConflictSearch conflicts;
    private final OnboardingStepCommentRepository comments;
    private final Memberships memberships;
    private final ApplicationEventPublisher events;

    OnboardingSteps(StepWork work, ConflictSearch conflicts, OnboardingStepCommentRepository comments,
            Memberships memberships, ApplicationEventPublisher events) {
        this.work = work;
        this.conflicts = conflicts;
        this.comments = comments;
        this.memberships = memberships;
        this.events = events;
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
        return answer(stepId, version, answers, false);
    }

    /**
     * Submits the form and completes its step. Every field is checked first; a {@link FormRejected} lists each
     * field's problem and nothing is saved. A stale {@code version} is refused as in {@link #saveDraft}.
     */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView submitForm(UUID stepId, long version, Map<String, List<String>> answers) {
        return answer(stepId, version, answers, true);
    }

    private StepView answer(UUID stepId, long version, Map<String, List<String>> answers, boolean submit) {
        Work w = work.lock(stepId, StepType.INTAKE_FORM);
        w.step().requireWorkable();
        // the onboarding's row lock orders concurrent saves, so the later one sees the earlier one's version here
        if (w.step().version() != version) {
            throw new DomainException("onboarding.form.stale");
        }
        List<FormField> fields = w.step().config().fields();
        Map<String, List<String>> clean = submit ? FormRules.submitted(fields, answers) : FormRules.draft(fields, answers);
        w.step().saveAnswers(clean, work.now(), w.subject());
        if (submit) {
            work.complete(w);
        } else {
            work.settle(w, false);
        }
        return view(w);
    }

    // ---- document requests ----

    /** Attaches uploaded documents (by id) to a document request, up to the number of files it allows. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView attachDocuments(UUID stepId, List<UUID> documentIds) {
        Work w = work.lock(stepId, StepType.DOCUMENT_REQUEST);
        w.step().requireWorkable();
        if (documentIds.isEmpty()) {
            throw new DomainException("onboarding.documents.none");
        }
        Set<UUID> all = new LinkedHashSet<>(w.step().documentIds());
        all.addAll(documentIds);
        DocumentRequirements requirements = w.step().config().documents();
        int maxFiles = requirements == null ? TemplateRules.MAX_FILES : requirements.maxFiles();
        if (all.size() > maxFiles) {
            throw new DomainException("onboarding.documents.too-many", maxFiles);
        }
        w.step().attach(documentIds);
        work.settle(w, false);
        return view(w);
    }

    /** Takes a document off a document request that is not done yet. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView detachDocument(UUID stepId, UUID documentId) {
        Work w = work.lock(stepId, StepType.DOCUMENT_REQUEST);
        w.step().detach(documentId);
        work.settle(w, false);
        return view(w);
    }

    /** Marks a document request done; at least one document must be attached. */
    @FirmRoles({TENANT_ADMIN, STAFF, CLIENT})
    public StepView completeDocumentRequest(UUID stepId) {
        Work w = work.lock(stepId, StepType.DOCUMENT_REQUEST);
        w.step().requireWorkable();
        if (w.step().documentIds().isEmpty()) {
            throw new DomainException("onboarding.documents.none");
        }
        work.complete(w);
        return view(w);
    }

    // ---- conflict of interest ----

    /**
     * Searches the firm's clients, contacts, leads and recorded adverse parties for the client's name and the other
     * names given (opposing parties, related companies), and records the hits. A new search asks for a new decision.
     */
    public StepView runConflictCheck(UUID stepId, List<String> otherNames) {
        Work w = work.lock(stepId, StepType.CONFLICT_CHECK);
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
        w.step().recordConflictCheck(names, conflicts.search(names, w.onboarding().clientId()), work.now(), w.subject());
        work.settle(w, false);
        return view(w);
    }

    /**
     * Records the decision on the last search: clear or waived (a waiver needs its reason) completes the step; a
     * conflict keeps the onboarding from completing.
     */
    public StepView decideConflict(UUID stepId, ConflictDecision decision, @Nullable String reason) {
        Work w = work.lock(stepId, StepType.CONFLICT_CHECK);
        if (decision == null) {
            throw new DomainException("onboarding.conflict.decision-required");
        }
        String clean = TEXT.optional(reason, 1000);
        if (decision == ConflictDecision.WAIVED && clean == null) {
            throw new DomainException("onboarding.conflict.reason-required");
        }
        w.step().decideConflict(decision, clean, work.now(), w.subject());
        events.publishEvent(new ConflictDecided(TenantContext.requireTenantId(), w.onboarding().id(), stepId, decision,
                clean));
        if (decision == ConflictDecision.CONFLICT) {
            work.settle(w, false);
        } else {
            work.complete(w);
        }
        return view(w);
    }

    // ---- identity, letter, kickoff, tasks ----

    /** Records how the client's identity was verified, by whoever records it, and completes the step. */
    public StepView recordKyc(UUID stepId, KycRecord record) {
        Work w = work.lock(stepId, StepType.KYC);
        w.step().requireWorkable();
        if (record.method() == null || record.documentType() == null) {
            throw new DomainException("onboarding.kyc.incomplete");
        }
        String number = TEXT.required(record.documentNumber(), "onboarding.kyc.number.required", 100);
        LocalDate verifiedOn = record.verifiedOn() != null ? record.verifiedOn() : work.today();
        if (verifiedOn.isAfter(work.today())) {
            throw new DomainException("onboarding.kyc.future-date");
        }
        w.step().recordKyc(record.method(), record.documentType(), number,
                Objects.requireNonNullElse(w.subject(), "system"), verifiedOn, record.documentId());
        events.publishEvent(new KycRecorded(TenantContext.requireTenantId(), w.onboarding().id(), stepId,
                record.method(), record.documentType(), verifiedOn));
        work.complete(w);
        return view(w);
    }

    /**
     * Links the uploaded copy of the identity document to a recorded verification, also after the onboarding
     * completed (the upload may come later than the check).
     */
    public StepView linkKycDocument(UUID stepId, UUID documentId) {
        Work w = work.lockWhateverItsStatus(stepId);
        if (w.step().type() != StepType.KYC) {
            throw new DomainException("onboarding.step.wrong-type", w.step().title());
        }
        w.step().linkKycDocument(documentId);
        work.settle(w, false);
        return view(w);
    }

    /** Staff mark the engagement letter signed (until the contracts module signs it in the portal). */
    public StepView markLetterSigned(UUID stepId, @Nullable LocalDate signedOn) {
        Work w = work.lock(stepId, StepType.ENGAGEMENT_LETTER);
        LocalDate date = signedOn != null ? signedOn : work.today();
        if (date.isAfter(work.today())) {
            throw new DomainException("onboarding.letter.future-date");
        }
        w.step().signLetter(date);
        work.complete(w);
        return view(w);
    }

    /**
     * Schedules the kickoff meeting (in the firm's time zone) and completes the step; a scheduled meeting may be
     * moved later, which raises its invitation's sequence. The invitation ({@link Onboardings#kickoffInvitation}) is
     * mailed to the attendees once the change is committed ({@link KickoffScheduled}).
     */
    public StepView scheduleKickoff(UUID stepId, KickoffMeeting meeting) {
        Work w = work.lock(stepId, StepType.KICKOFF_MEETING);
        if (meeting.date() == null || meeting.startTime() == null) {
            throw new DomainException("onboarding.kickoff.date-required");
        }
        if (meeting.durationMinutes() < 5 || meeting.durationMinutes() > 24 * 60) {
            throw new DomainException("onboarding.kickoff.duration", 5, 24 * 60);
        }
        String place = TEXT.optional(meeting.place(), 500);
        String link = TEXT.optional(meeting.videoLink(), 1000);
        if (place == null && link == null) {
            throw new DomainException("onboarding.kickoff.where-required");
        }
        if (link != null && !WEB_LINK.matcher(link).matches()) {
            throw new DomainException("onboarding.kickoff.link.invalid");
        }
        List<String> attendees = meeting.attendees().stream()
                .map(a -> ContactFormat.email(a, "onboarding.kickoff.attendee.invalid")).filter(Objects::nonNull)
                .distinct().toList();
        if (attendees.isEmpty() || attendees.size() > MAX_ATTENDEES) {
            throw new DomainException("onboarding.kickoff.attendees.required", MAX_ATTENDEES);
        }
        Instant starts = meeting.date().atTime(meeting.startTime()).atZone(work.zone()).toInstant();
        MembershipView organizer = w.subject() == null ? null
                : memberships.activeMembershipOf(w.subject()).orElse(null);
        boolean reschedule = w.step().state() == StepState.DONE;
        w.step().scheduleKickoff(starts, starts.plus(Duration.ofMinutes(meeting.durationMinutes())), place, link,
                attendees, organizer == null ? null : organizer.email(),
                organizer == null ? null : organizer.displayName(), work.now());
        if (reschedule) {
            work.settle(w, false);
        } else {
            work.complete(w);
        }
        events.publishEvent(new KickoffScheduled(TenantContext.requireTenantId(), w.onboarding().id(), stepId));
        return view(w);
    }

    /** Completes an internal task of the firm. */
    public StepView completeTask(UUID stepId) {
        Work w = work.lock(stepId, StepType.INTERNAL_TASK);
        work.complete(w);
        return view(w);
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
