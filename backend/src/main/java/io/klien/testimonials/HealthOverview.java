package io.klien.testimonials;

/**
 * The firm's figures for the dashboard: its NPS over the last {@code days} days and how many testimonials are
 * published and awaiting moderation.
 */
public record HealthOverview(int days, NetPromoterScore nps, long publishedTestimonials,
        long testimonialsAwaitingModeration) {
}
