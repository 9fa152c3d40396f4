package io.klien.testimonials.internal;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import io.klien.testimonials.TestimonialModerated;
import io.klien.testimonials.TestimonialModeration;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ModerationService implements TestimonialModeration {

    private final TestimonialRepository testimonials;
    private final FirmTime time;
    private final ApplicationEventPublisher events;

    ModerationService(TestimonialRepository testimonials, FirmTime time, ApplicationEventPublisher events) {
        this.testimonials = testimonials;
        this.time = time;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TestimonialView> queue(@Nullable TestimonialState state, Pageable pageable) {
        Page<Testimonial> page = state == null ? testimonials.findAllByOrderBySubmittedAtDescIdDesc(pageable)
                : testimonials.findByStateOrderBySubmittedAtDescIdDesc(state, pageable);
        return page.map(Testimonial::toView);
    }

    @Override
    public TestimonialView approve(UUID testimonialId, long expectedVersion) {
        return change(testimonialId, expectedVersion, t -> t.approve(by(), time.now()));
    }

    @Override
    public TestimonialView reject(UUID testimonialId, long expectedVersion, String reason) {
        return change(testimonialId, expectedVersion, t -> t.reject(reason, by(), time.now()));
    }

    @Override
    public TestimonialView suggestEdit(UUID testimonialId, long expectedVersion, String suggestedText) {
        return change(testimonialId, expectedVersion, t -> t.suggestEdit(suggestedText, by(), time.now()));
    }

    @Override
    public TestimonialView tag(UUID testimonialId, long expectedVersion, @Nullable String serviceLine,
            @Nullable String industry) {
        return change(testimonialId, expectedVersion, t -> t.tag(serviceLine, industry));
    }

    @Override
    public TestimonialView publish(UUID testimonialId, long expectedVersion, boolean published) {
        return change(testimonialId, expectedVersion, t -> t.publish(published, by(), time.now()));
    }

    @Override
    public TestimonialView feature(UUID testimonialId, long expectedVersion, boolean featured) {
        return change(testimonialId, expectedVersion, t -> t.feature(featured));
    }

    /**
     * Changes the testimonial as the moderator saw it: locked until the transaction ends, so a client's edit or
     * withdrawal either landed before (and the version differs: refused) or waits until this is done.
     */
    private TestimonialView change(UUID testimonialId, long expectedVersion, Consumer<Testimonial> change) {
        Testimonial testimonial = testimonials.findForUpdate(testimonialId)
                .orElseThrow(() -> new DomainException("testimonials.not-found"));
        if (testimonial.version() != expectedVersion) {
            throw new DomainException("testimonials.changed-meanwhile");
        }
        change.accept(testimonial);
        Testimonial saved = testimonials.saveAndFlush(testimonial);
        TestimonialView view = saved.toView();
        events.publishEvent(new TestimonialModerated(saved.tenantId(), saved.id(), saved.clientId(), view.state(),
                view.published()));
        return view;
    }

    private static String by() {
        return Objects.requireNonNullElse(TenantContext.acting().subject(), "system");
    }
}
