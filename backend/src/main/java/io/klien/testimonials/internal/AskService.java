package io.klien.testimonials.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import io.klien.clients.ContactView;
import io.klien.onboarding.OnboardingCompleted;
import io.klien.projects.DeliverableApproved;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipView;
import io.klien.testimonials.AskRules;
import io.klien.testimonials.AskTrigger;
import io.klien.testimonials.IssuedAsk;
import io.klien.testimonials.TestimonialRequestView;
import io.klien.testimonials.TestimonialLinks;
import io.klien.testimonials.TestimonialRequested;
import io.klien.testimonials.TestimonialRequests;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AskService implements TestimonialRequests {

    private static final Logger log = LoggerFactory.getLogger(AskService.class);
    /** How many days late the daily run still asks after an onboarding (runs that did not happen, a restart). */
    static final int MISSED_AFTER_DAYS = 7;

    private final AskRuleRepository rules;
    private final TestimonialRequestRepository requests;
    private final ClientFacts facts;
    private final FirmTime time;
    private final ApplicationEventPublisher events;
    private final AskOccasions occasions;
    private final PendingLinkTokens pendingTokens;
    private final OnboardingCompletionRepository completions;

    AskService(AskRuleRepository rules, TestimonialRequestRepository requests, ClientFacts facts, FirmTime time,
            ApplicationEventPublisher events, AskOccasions occasions, PendingLinkTokens pendingTokens,
            OnboardingCompletionRepository completions) {
        this.rules = rules;
        this.requests = requests;
        this.facts = facts;
        this.time = time;
        this.events = events;
        this.occasions = occasions;
        this.pendingTokens = pendingTokens;
        this.completions = completions;
    }

    @Override
    @Transactional(readOnly = true)
    public AskRules rules() {
        return rules.findFirstBy().map(AskRule::toRules).orElse(AskRules.DEFAULTS);
    }

    @Override
    public AskRules changeRules(AskRules changed) {
        String by = TenantContext.acting().subject();
        Optional<AskRule> existing = rules.findFirstBy();
        AskRule rule;
        if (existing.isPresent()) {
            rule = existing.get();
            rule.change(changed, by, time.now());
        } else {
            rule = AskRule.of(changed, by, time.now());
        }
        return rules.saveAndFlush(rule).toRules();
    }

    @Override
    public IssuedAsk ask(UUID clientId, UUID contactId) {
        ContactView contact = facts.contactsOf(clientId).get(contactId);
        if (contact == null) {
            throw new DomainException("testimonials.ask.contact-not-found");
        }
        AskRules current = rules();
        refuseWhenRulesSayNotNow(contact, current, false);
        return issue(contact, current, AskTrigger.MANUAL, null, TenantContext.acting().subject());
    }

    /**
     * After the client approved a deliverable: asks the approving user's contact (else the client's primary contact)
     * when the firm asks on approval and the client's last milestone rating reaches the minimum. Once per approved
     * version, however often the event comes; an ask the rules forbid now is simply not made.
     */
    void askAfterApproval(DeliverableApproved approved) {
        askAutomatically(AskTrigger.DELIVERABLE_APPROVED, approved.versionId(), approved.clientId(),
                approved.approvedBy());
    }

    /**
     * An automatic ask: once per trigger and source (the approved version, the completed project, the renewal, the
     * completed onboarding), however often the event comes, when the firm asks on this trigger. The approving user's
     * contact is asked for an approved deliverable, the client's primary contact otherwise (and for a deliverable
     * approved by someone who is no contact). Every rule of a manual ask holds; an approved deliverable also needs a
     * rating. Returns what happened, for the daily run's record.
     */
    AutomaticAsk askAutomatically(AskTrigger trigger, UUID sourceId, UUID clientId, @Nullable String approvedBy) {
        if (requests.existsByTriggerAndSourceId(trigger, sourceId)) {
            return AutomaticAsk.ALREADY_ASKED;
        }
        AskRules current = rules();
        if (!current.asksOn(trigger)) {
            return AutomaticAsk.TRIGGER_OFF;
        }
        Optional<ContactView> contact = (approvedBy == null ? Optional.<ContactView>empty()
                : facts.contactOfUser(clientId, approvedBy))
                .or(() -> facts.contactsOf(clientId).values().stream().filter(ContactView::primary).findFirst());
        if (contact.isEmpty()) {
            return AutomaticAsk.NO_CONTACT;
        }
        try {
            refuseWhenRulesSayNotNow(contact.get(), current, trigger == AskTrigger.DELIVERABLE_APPROVED);
        } catch (DomainException notNow) {
            log.debug("No testimonial ask on {} {}: {}", trigger, sourceId, notNow.messageKey());
            return AutomaticAsk.RULES_SAY_NOT_NOW;
        }
        issue(contact.get(), current, trigger, sourceId, null);
        return AutomaticAsk.ASKED;
    }

    /** What an automatic ask did. */
    enum AutomaticAsk {
        ASKED, ALREADY_ASKED, TRIGGER_OFF, NO_CONTACT, RULES_SAY_NOT_NOW, MISSED
    }

    /** Keeps the day a client's onboarding completed, once however often the event comes, for the daily run. */
    void recordOnboardingCompleted(OnboardingCompleted completed) {
        if (completions.existsByOnboardingId(completed.onboardingId())) {
            return;
        }
        completions.saveAndFlush(OnboardingCompletion.of(completed.onboardingId(), completed.clientId(),
                occasions.onboardingCompletedOn(completed.clientId(), completed.onboardingId())));
    }

    /**
     * The active firm's daily run: asks the primary contact of each client whose onboarding completed the firm's
     * number of days ago (or up to {@link #MISSED_AFTER_DAYS} days before, for runs that did not happen), within the
     * rules; an older one is let go. Each completion is handled once. Nothing happens while the trigger is off.
     * Returns how many contacts were asked.
     */
    int askAfterOnboardings() {
        AskRules current = rules();
        if (!current.askAfterOnboarding()) {
            return 0;
        }
        LocalDate dueOn = time.today().minusDays(current.daysAfterOnboarding());
        int asked = 0;
        for (OnboardingCompletion completion
                : completions.findByHandledAtIsNullAndCompletedOnLessThanEqualOrderByCompletedOn(dueOn)) {
            AutomaticAsk outcome = completion.completedOn().isBefore(dueOn.minusDays(MISSED_AFTER_DAYS))
                    ? AutomaticAsk.MISSED
                    : askAutomatically(AskTrigger.ONBOARDING_COMPLETED, completion.onboardingId(),
                            completion.clientId(), null);
            completion.handled(outcome.name(), time.now());
            if (outcome == AutomaticAsk.ASKED) {
                asked++;
            }
        }
        return asked;
    }

    private void refuseWhenRulesSayNotNow(ContactView contact, AskRules current, boolean needsRating) {
        Instant now = time.now();
        Optional<TestimonialRequest> last = requests.findFirstByContactIdOrderByAskedAtDesc(contact.id());
        if (last.isPresent() && last.get().askedAt().plus(Duration.ofDays(current.cooldownDays())).isAfter(now)) {
            throw new DomainException("testimonials.ask.cooldown", current.cooldownDays());
        }
        if (facts.hasOpenSupportRequest(contact.clientId())) {
            throw new DomainException("testimonials.ask.open-support-request");
        }
        OptionalInt lastRating = facts.lastRating(contact.clientId());
        if (lastRating.isPresent() && lastRating.getAsInt() < current.minimumRating()) {
            throw new DomainException("testimonials.ask.low-rating", current.minimumRating());
        }
        if (needsRating && lastRating.isEmpty()) {
            throw new DomainException("testimonials.ask.no-rating");
        }
    }

    private IssuedAsk issue(ContactView contact, AskRules current, AskTrigger trigger, @Nullable UUID sourceId,
            @Nullable String askedBy) {
        Instant now = time.now();
        Instant expiresAt = now.plus(Duration.ofDays(current.linkValidDays()));
        String portalSubject = facts.portalUserOf(contact).map(MembershipView::subject).orElse(null);
        UUID tenantId = TenantContext.requireTenantId();
        String token = portalSubject == null ? SingleUseTokens.newToken() : null;
        TestimonialRequest saved = requests.saveAndFlush(TestimonialRequest.of(contact.clientId(), contact.id(),
                trigger, sourceId, portalSubject, token == null ? null : SingleUseTokens.sha256(token), now, expiresAt, askedBy));
        if (token != null) {
            pendingTokens.keep(saved.id(), token);
        }
        events.publishEvent(new TestimonialRequested(tenantId, saved.id(), contact.clientId(), contact.id(),
                contact.name(), contact.email(), trigger, sourceId, portalSubject,
                portalSubject == null ? null : TestimonialLinks.PORTAL_ROUTE, occasions.languageOf(portalSubject),
                expiresAt));
        return new IssuedAsk(saved.toView(contact.name()), token);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TestimonialRequestView> ofClient(UUID clientId) {
        Map<UUID, ContactView> contacts = facts.contactsOf(clientId);
        return requests.findByClientIdOrderByAskedAtDesc(clientId).stream()
                .map(r -> r.toView(nameOf(contacts, r.contactId()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TestimonialRequestView> openForMe() {
        TenantContext.Scope scope = TenantContext.acting();
        UUID clientId = scope.clientId();
        if (clientId == null) {
            return List.of();
        }
        Map<UUID, ContactView> contacts = facts.contactsOf(clientId);
        return requests.findByPortalSubjectAndUsedAtIsNullAndExpiresAtAfterOrderByAskedAtDesc(
                        java.util.Objects.requireNonNull(scope.subject()), time.now()).stream()
                .filter(r -> r.clientId().equals(clientId))
                .map(r -> r.toView(nameOf(contacts, r.contactId()))).toList();
    }

    /** The open ask of a single-use link, found by the hash of its token; a forged token finds none. */
    TestimonialRequest openAskOfLink(String token) {
        TestimonialRequest request = requests.findByTokenHash(SingleUseTokens.sha256(token))
                .orElseThrow(() -> new DomainException("testimonials.link.unknown"));
        request.requireOpen(time.now());
        return request;
    }

    /** The client user's open portal ask, if any, to be answered by what they give now. */
    Optional<TestimonialRequest> openPortalAsk(String subject, UUID clientId) {
        return requests.findByPortalSubjectAndUsedAtIsNullAndExpiresAtAfterOrderByAskedAtDesc(subject, time.now())
                .stream().filter(r -> r.clientId().equals(clientId)).findFirst();
    }

    String contactName(TestimonialRequest request) {
        return nameOf(facts.contactsOf(request.clientId()), request.contactId());
    }

    private static String nameOf(Map<UUID, ContactView> contacts, UUID contactId) {
        ContactView contact = contacts.get(contactId);
        return contact == null ? "" : contact.name();
    }
}
