package io.klien.testimonials.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.permission.ClientAccess;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.shared.time.FirmTime;
import io.klien.testimonials.Attribution;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.ConsentText;
import io.klien.testimonials.GivenFrom;
import io.klien.testimonials.NewTestimonial;
import io.klien.testimonials.PublishedTestimonial;
import io.klien.testimonials.TestimonialPicture;
import io.klien.testimonials.TestimonialModerated;
import io.klien.testimonials.TestimonialRequestView;
import io.klien.testimonials.TestimonialSubmitted;
import io.klien.testimonials.TestimonialView;
import io.klien.testimonials.TestimonialWithdrawn;
import io.klien.testimonials.Testimonials;
import io.klien.testimonials.VerifiedFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TestimonialService implements Testimonials {

    private final TestimonialRepository testimonials;
    private final AskService asks;
    private final ClientFacts facts;
    private final JdbcClient jdbc;
    private final FirmTime time;
    private final ApplicationEventPublisher events;
    private final TestimonialPictures pictures;

    TestimonialService(TestimonialRepository testimonials, AskService asks, ClientFacts facts, JdbcClient jdbc,
            FirmTime time, ApplicationEventPublisher events, TestimonialPictures pictures) {
        this.pictures = pictures;
        this.testimonials = testimonials;
        this.asks = asks;
        this.facts = facts;
        this.jdbc = jdbc;
        this.time = time;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public ConsentText consentText(String language) {
        return currentConsent(language).or(() -> currentConsent("en")).orElseThrow();
    }

    private java.util.Optional<ConsentText> currentConsent(String language) {
        return jdbc.sql("""
                select version, language, body from testimonial_consent_text where language = ?
                order by version desc limit 1""").param(language)
                .query((rs, n) -> new ConsentText(rs.getInt(1), rs.getString(2), rs.getString(3))).optional();
    }

    @Override
    public TestimonialView give(NewTestimonial given, GivenFrom from) {
        Scope scope = TenantContext.acting();
        UUID clientId = scope.clientId();
        if (clientId == null) {
            throw new DomainException("testimonials.not-found");
        }
        requireCurrentConsent(given);
        TestimonialPictures.Checked picture = pictures.check(given.picture());
        String subject = Objects.requireNonNull(scope.subject());
        UUID requestId = asks.openPortalAsk(subject, clientId).map(r -> {
            r.use(time.now());
            return r.id();
        }).orElse(null);
        return submitted(Testimonial.give(clientId, requestId, subject, given, from, time.now()), picture);
    }

    @Override
    @Transactional(readOnly = true)
    public TestimonialRequestView askOfLink(String token) {
        TestimonialRequest request = asks.openAskOfLink(token);
        return request.toView(asks.contactName(request));
    }

    @Override
    public TestimonialView giveByLink(String token, NewTestimonial given, GivenFrom from) {
        TestimonialRequest request = asks.openAskOfLink(token);
        requireCurrentConsent(given);
        TestimonialPictures.Checked picture = pictures.check(given.picture());
        request.use(time.now());
        try {
            return submitted(Testimonial.give(request.clientId(), request.id(), null, given, from, time.now()),
                    picture);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new DomainException("testimonials.link.used");
        }
    }

    private TestimonialView submitted(Testimonial testimonial, TestimonialPictures.@Nullable Checked picture) {
        Testimonial saved = testimonials.saveAndFlush(testimonial);
        if (picture != null) {
            pictures.store(saved, picture, time.now());
            saved = testimonials.saveAndFlush(saved);
        }
        events.publishEvent(new TestimonialSubmitted(TenantContext.requireTenantId(), saved.id(), saved.clientId(),
                false));
        return saved.toView();
    }

    private void requireCurrentConsent(NewTestimonial given) {
        ConsentText current = consentText(given.consentLanguage());
        if (current.version() != given.consentVersion() || !current.language().equals(given.consentLanguage())) {
            throw DomainException.onField("consentVersion", "testimonials.consent.outdated");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public TestimonialView get(UUID testimonialId) {
        return readable(testimonialId).toView();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TestimonialView> ofClient(UUID clientId) {
        ClientAccess.requireOwnClient(TenantContext.acting(), clientId, "Not your client's testimonials");
        return testimonials.findByClientIdOrderBySubmittedAtDescIdDesc(clientId).stream().map(Testimonial::toView)
                .toList();
    }

    @Override
    public TestimonialView edit(UUID testimonialId, long expectedVersion, NewTestimonial changed, GivenFrom from) {
        Testimonial testimonial = readable(testimonialId);
        if (testimonial.version() != expectedVersion) {
            throw new DomainException("testimonials.changed-meanwhile");
        }
        requireCurrentConsent(changed);
        TestimonialPictures.Checked picture = pictures.check(changed.picture());
        testimonial.edit(changed, from, time.now());
        if (picture != null) {
            pictures.store(testimonial, picture, time.now());
        }
        Testimonial saved = testimonials.saveAndFlush(testimonial);
        events.publishEvent(new TestimonialSubmitted(saved.tenantId(), saved.id(), saved.clientId(), true));
        return saved.toView();
    }

    @Override
    public TestimonialView removePicture(UUID testimonialId, long expectedVersion) {
        Testimonial testimonial = readable(testimonialId);
        if (testimonial.version() != expectedVersion) {
            throw new DomainException("testimonials.changed-meanwhile");
        }
        if (testimonial.pictureKind() == null) {
            return testimonial.toView();
        }
        pictures.remove(testimonial);
        testimonial.resubmit();
        Testimonial saved = testimonials.saveAndFlush(testimonial);
        events.publishEvent(new TestimonialSubmitted(saved.tenantId(), saved.id(), saved.clientId(), true));
        return saved.toView();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TestimonialPicture> picture(UUID testimonialId) {
        return pictures.of(readable(testimonialId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TestimonialPicture> publishedPicture(UUID testimonialId, ConsentScope scope) {
        TenantContext.requireTenantId();
        return testimonials.findById(testimonialId)
                .filter(t -> t.toView().attribution() == Attribution.NAME && t.shownIn(scope))
                .flatMap(pictures::of);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<UUID> publishedIds() {
        TenantContext.requireTenantId();
        return java.util.Set.copyOf(testimonials.findPublishedIds());
    }

    @Override
    public TestimonialView withdraw(UUID testimonialId) {
        Testimonial testimonial = readable(testimonialId);
        if (testimonial.withdraw(time.now())) {
            Testimonial saved = testimonials.saveAndFlush(testimonial);
            events.publishEvent(new TestimonialWithdrawn(saved.tenantId(), saved.id(), saved.clientId()));
            return saved.toView();
        }
        return testimonial.toView();
    }

    @Override
    public TestimonialView acceptSuggestion(UUID testimonialId) {
        Testimonial testimonial = readable(testimonialId);
        testimonial.acceptSuggestion(time.now());
        return moderated(testimonials.saveAndFlush(testimonial));
    }

    @Override
    public TestimonialView declineSuggestion(UUID testimonialId) {
        Testimonial testimonial = readable(testimonialId);
        testimonial.declineSuggestion();
        return moderated(testimonials.saveAndFlush(testimonial));
    }

    private TestimonialView moderated(Testimonial saved) {
        TestimonialView view = saved.toView();
        events.publishEvent(new TestimonialModerated(saved.tenantId(), saved.id(), saved.clientId(), view.state(),
                view.published()));
        return view;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedTestimonial> publishedFor(ConsentScope scope, Locale language) {
        TenantContext.requireTenantId();
        List<TestimonialView> shown = testimonials.findPublished(scope.name()).stream().map(Testimonial::toView)
                .toList();
        Map<UUID, VerifiedFacts> verified = facts.verified(shown.stream().map(TestimonialView::clientId).toList());
        return shown.stream().map(t -> published(t, verified.get(t.clientId()), language)).toList();
    }

    private static PublishedTestimonial published(TestimonialView t, VerifiedFacts verified, Locale language) {
        boolean named = t.attribution() == Attribution.NAME;
        return new PublishedTestimonial(t.id(), t.rating(), t.text(),
                ShownName.of(t.displayName(), t.attribution(), language), named ? t.displayTitle() : null,
                named ? t.displayCompany() : null, t.featured(), t.serviceLine(), t.industry(), verified,
                named ? t.picture() : null);
    }

    /** A testimonial the acting person may reach: a client user only their own client's (else: not found). */
    Testimonial readable(UUID testimonialId) {
        Testimonial testimonial = testimonials.findById(testimonialId)
                .orElseThrow(() -> new DomainException("testimonials.not-found"));
        Scope scope = TenantContext.acting();
        if (scope.clientUser() && !testimonial.clientId().equals(scope.clientId())) {
            throw new DomainException("testimonials.not-found");
        }
        return testimonial;
    }
}
