package io.klien.testimonials.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.klien.shared.DomainException;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.time.FirmTime;
import io.klien.testimonials.ClientAtRisk;
import io.klien.testimonials.ClientHealth;
import io.klien.testimonials.FollowUpView;
import io.klien.testimonials.HealthOverview;
import io.klien.testimonials.NetPromoterScore;
import io.klien.testimonials.RelationshipHealth;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class HealthService implements RelationshipHealth {

    private final HealthQueries queries;
    private final NpsFollowUpRepository followUps;
    private final FirmTime time;

    HealthService(HealthQueries queries, NpsFollowUpRepository followUps, FirmTime time) {
        this.queries = queries;
        this.followUps = followUps;
        this.time = time;
    }

    private HealthQueries.Window window() {
        return new HealthQueries.Window(time.now(), time.today(), time.zone());
    }

    @Override
    @Transactional(readOnly = true)
    public ClientHealth of(UUID clientId) {
        HealthQueries.Window window = window();
        HealthFacts facts = queries.factsOf(clientId, window)
                .orElseThrow(() -> new DomainException("health.client-not-found"));
        HealthQueries.Ratings ratings = queries.ratings(clientId);
        return new ClientHealth(clientId, facts.clientName(), facts.clientSince(), queries.npsTrend(clientId),
                ratings.average(), ratings.latest(), ratings.count(), facts.openSupportRequests(), facts.breaches(),
                facts.renewalOn(), facts.lastContactAt(), facts.lastContactKind(), facts.risks(window));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ClientAtRisk> atRisk(Pageable pageable) {
        HealthQueries.Window window = window();
        List<ClientAtRisk> page = queries.atRisk(window, (int) pageable.getOffset(), pageable.getPageSize()).stream()
                .map(f -> new ClientAtRisk(f.clientId(), f.clientName(), f.risks(window))).toList();
        long total = page.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? page.size()
                : queries.countAtRisk(window);
        return new PageImpl<>(page, pageable, total);
    }

    @Override
    @Transactional(readOnly = true)
    public HealthOverview overview(int days) {
        if (days < 1) {
            throw new DomainException("health.nps.days");
        }
        NetPromoterScore nps = NetPromoterScore.of(queries.scoresSince(time.now().minus(Duration.ofDays(days))));
        long[] counts = queries.testimonialCounts();
        return new HealthOverview(days, nps, counts[0], counts[1]);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUpView> followUps(UUID clientId) {
        return followUps.findByClientIdOrderByStateDescOpenedAtDesc(clientId).stream().map(NpsFollowUp::toView)
                .toList();
    }

    @Override
    public FollowUpView markDone(UUID followUpId, @Nullable String note) {
        NpsFollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new DomainException("health.follow-up.not-found"));
        followUp.markDone(TenantContext.acting().subject(), note, time.now());
        return followUps.saveAndFlush(followUp).toView();
    }
}
