package io.klien.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.klien.tenancy.TenantKind;
import io.klien.tenancy.TenantView;
import io.klien.tenancy.Tenants;
import io.klien.testimonials.ConsentScope;
import io.klien.testimonials.PublishedTestimonial;
import io.klien.testimonials.TestimonialWithdrawn;
import io.klien.testimonials.Testimonials;
import io.klien.testimonials.VerifiedFacts;
import org.junit.jupiter.api.Test;

/** The wall's per-firm cache: read once, emptied by the module's events, never refilled by a read from before them. */
class WallCacheTests {

    private final Testimonials testimonials = mock(Testimonials.class);
    private final WallCache cache = new WallCache(testimonials, mock(Tenants.class), Clock.systemUTC(),
            Duration.ofMinutes(5), Duration.ofSeconds(30));
    private final TenantView firm = firm();
    private final TenantView other = firm();

    @Test
    void aFirmsTestimonialsAreReadOnceUntilAnEventOfThatFirmEmptiesItsEntries() {
        when(testimonials.publishedFor(any(), any())).thenReturn(List.of(shown("Before.")));

        cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH);
        cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH);
        cache.published(other, ConsentScope.WEBSITE, Locale.ENGLISH);
        verify(testimonials, times(2)).publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH);

        when(testimonials.publishedFor(any(), any())).thenReturn(List.of());
        cache.on(new TestimonialWithdrawn(firm.id(), UUID.randomUUID(), UUID.randomUUID()));

        assertThat(cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials()).isEmpty();
        assertThat(cache.published(other, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                .as("another firm keeps its entries").hasSize(1);
        verify(testimonials, times(3)).publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH);
    }

    @Test
    void aReadThatBeganBeforeAWithdrawalNeverServesLaterRequests() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch withdrawn = new CountDownLatch(1);
        when(testimonials.publishedFor(any(), any())).thenAnswer(call -> {
            reading.countDown();
            assertThat(withdrawn.await(5, TimeUnit.SECONDS)).isTrue();
            return List.of(shown("Withdrawn meanwhile."));
        }).thenReturn(List.of());

        CompletableFuture<WallData> early = CompletableFuture.supplyAsync(
                () -> cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        cache.on(new TestimonialWithdrawn(firm.id(), UUID.randomUUID(), UUID.randomUUID()));
        withdrawn.countDown();

        assertThat(early.get(5, TimeUnit.SECONDS).testimonials()).as("the request made before the withdrawal")
                .hasSize(1);
        assertThat(cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                .as("every request after it").isEmpty();
    }

    private static TenantView firm() {
        return new TenantView(UUID.randomUUID(), "firm-" + UUID.randomUUID().toString().substring(0, 8), "Firm",
                TenantKind.LAW_FIRM, "Firm", "#1f4e79", false, "en", "Asia/Jakarta", true);
    }

    private static PublishedTestimonial shown(String text) {
        return new PublishedTestimonial(UUID.randomUUID(), 5, text, "Sari", null, null, false, null, null,
                new VerifiedFacts(false, null, false), null);
    }
}
