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
import io.klien.testimonials.TestimonialModerated;
import io.klien.testimonials.TestimonialState;
import io.klien.testimonials.TestimonialWithdrawn;
import io.klien.testimonials.Testimonials;
import io.klien.testimonials.VerifiedFacts;
import org.junit.jupiter.api.Test;

/**
 * The wall's per-firm cache: read once; a take-down leaves it at once without a read and is never undone by a read
 * from before it; an approval is read in the background while the previous entries keep answering.
 */
class WallCacheTests {

    private final Testimonials testimonials = mock(Testimonials.class);
    private final WallCache cache = new WallCache(testimonials, mock(Tenants.class), Clock.systemUTC(),
            Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofDays(1));
    private final TenantView firm = firm();
    private final TenantView other = firm();
    private final PublishedTestimonial kept = shown("Kept.");
    private final PublishedTestimonial withdrawn = shown("Withdrawn.");

    @Test
    void aWithdrawalLeavesTheFirmsEntriesAtOnceWithoutAReadAndOtherFirmsKeepTheirs() {
        when(testimonials.publishedFor(any(), any())).thenReturn(List.of(withdrawn, kept));
        cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH);
        cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH);
        cache.published(other, ConsentScope.WEBSITE, Locale.ENGLISH);
        verify(testimonials, times(2)).publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH);

        cache.on(new TestimonialWithdrawn(firm.id(), withdrawn.id(), UUID.randomUUID()));

        assertThat(cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials()).containsExactly(kept);
        assertThat(cache.published(other, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                .as("another firm's entries are untouched").containsExactly(withdrawn, kept);
        verify(testimonials, times(2)).publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH);
    }

    @Test
    void aWithdrawalOnAnotherNodeIsTakenDownAtTheNextCheckWithoutReadingEverythingAgain() throws Exception {
        Testimonials database = mock(Testimonials.class);
        WallCache checking = new WallCache(database, mock(Tenants.class), Clock.systemUTC(), Duration.ofMinutes(5),
                Duration.ofSeconds(30), Duration.ofMillis(1));
        when(database.publishedFor(any(), any())).thenReturn(List.of(withdrawn, kept));
        when(database.publishedIds()).thenReturn(java.util.Set.of(withdrawn.id(), kept.id()));
        checking.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH);
        Thread.sleep(5);
        assertThat(checking.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                .as("nothing changed").containsExactly(withdrawn, kept);

        // another replica withdrew it: this node saw no event, only the database knows
        when(database.publishedIds()).thenReturn(java.util.Set.of(kept.id()));
        Thread.sleep(5);

        assertThat(checking.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                .containsExactly(kept);
        verify(database, times(1)).publishedFor(ConsentScope.WEBSITE, Locale.ENGLISH);
    }

    @Test
    void aReadThatBeganBeforeAWithdrawalNeverServesLaterRequests() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        when(testimonials.publishedFor(any(), any())).thenAnswer(call -> {
            reading.countDown();
            assertThat(changed.await(5, TimeUnit.SECONDS)).isTrue();
            return List.of(withdrawn, kept);
        }).thenReturn(List.of(kept));

        CompletableFuture<WallData> early = CompletableFuture.supplyAsync(
                () -> cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        cache.on(new TestimonialWithdrawn(firm.id(), withdrawn.id(), UUID.randomUUID()));
        changed.countDown();

        assertThat(early.get(5, TimeUnit.SECONDS).testimonials()).as("the request made before the withdrawal")
                .hasSize(2);
        assertThat(cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                .as("every request after it").containsExactly(kept);
    }

    @Test
    void anApprovalIsReadInTheBackgroundWhileThePreviousEntriesAnswer() throws Exception {
        PublishedTestimonial approved = shown("Approved.");
        CountDownLatch release = new CountDownLatch(1);
        when(testimonials.publishedFor(any(), any())).thenReturn(List.of(kept)).thenAnswer(call -> {
            assertThat(release.await(5, TimeUnit.SECONDS)).isTrue();
            return List.of(approved, kept);
        });
        cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH);

        cache.on(new TestimonialModerated(firm.id(), approved.id(), UUID.randomUUID(), TestimonialState.APPROVED,
                true));

        assertThat(cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                .as("no request waits for the read").containsExactly(kept);
        release.countDown();
        List<PublishedTestimonial> shown = List.of();
        for (int i = 0; i < 100 && shown.size() < 2; i++) {
            Thread.sleep(20);
            shown = cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials();
        }
        assertThat(shown).containsExactly(approved, kept);
    }

    @Test
    void aTakeDownDuringABackgroundReadIsNotUndoneByIt() throws Exception {
        PublishedTestimonial approved = shown("Approved.");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(testimonials.publishedFor(any(), any())).thenReturn(List.of(withdrawn, kept)).thenAnswer(call -> {
            reading.countDown();
            assertThat(release.await(5, TimeUnit.SECONDS)).isTrue();
            return List.of(approved, withdrawn, kept);
        }).thenReturn(List.of(approved, kept));
        cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH);

        cache.on(new TestimonialModerated(firm.id(), approved.id(), UUID.randomUUID(), TestimonialState.APPROVED,
                true));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        cache.on(new TestimonialWithdrawn(firm.id(), withdrawn.id(), UUID.randomUUID()));
        release.countDown();

        for (int i = 0; i < 100; i++) {
            assertThat(cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                    .doesNotContain(withdrawn);
            Thread.sleep(10);
        }
        assertThat(cache.published(firm, ConsentScope.WEBSITE, Locale.ENGLISH).testimonials())
                .as("the approval arrives with the read that follows").containsExactly(approved, kept);
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
