package io.klien.testimonials.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import io.klien.clients.ContactView;
import io.klien.projects.DeliverableApproved;
import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import io.klien.tenancy.MembershipView;
import io.klien.testimonials.AskRules;
import io.klien.testimonials.AskTrigger;
import io.klien.testimonials.IssuedAsk;
import io.klien.testimonials.TestimonialRequestView;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AskRuleRepository rules;
    private final TestimonialRequestRepository requests;
    private final ClientFacts facts;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    AskService(AskRuleRepository rules, TestimonialRequestRepository requests, ClientFacts facts, FirmTime time,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.requests = requests;
        this.facts = facts;
        this.time = time;
        this.events = events;
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
        if (requests.existsByTriggerAndSourceId(AskTrigger.DELIVERABLE_APPROVED, approved.versionId())) {
            return;
        }
        AskRules current = rules();
        if (!current.askOnApproval()) {
            return;
        }
        Map<UUID, ContactView> contacts = facts.contactsOf(approved.clientId());
        Optional<ContactView> contact = facts.contactOfUser(approved.clientId(), approved.approvedBy())
                .or(() -> contacts.values().stream().filter(ContactView::primary).findFirst());
        if (contact.isEmpty()) {
            return;
        }
        try {
            refuseWhenRulesSayNotNow(contact.get(), current, true);
        } catch (DomainException notNow) {
            log.debug("No testimonial ask after deliverable {}: {}", approved.deliverableId(), notNow.messageKey());
            return;
        }
        issue(contact.get(), current, AskTrigger.DELIVERABLE_APPROVED, approved.versionId(), null);
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
        String token = portalSubject == null ? newToken() : null;
        TestimonialRequest saved = requests.saveAndFlush(TestimonialRequest.of(contact.clientId(), contact.id(),
                trigger, sourceId, portalSubject, token == null ? null : sha256(token), now, expiresAt, askedBy));
        UUID tenantId = TenantContext.requireTenantId();
        events.publishEvent(new TestimonialRequested(tenantId, saved.id(), contact.clientId(), contact.id(),
                contact.name(), contact.email(), trigger, portalSubject,
                token == null ? null : "/testimonial/" + tenantId + "/" + token,
                time.locality().locale().getLanguage(), expiresAt));
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
        TestimonialRequest request = requests.findByTokenHash(sha256(token))
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

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
