package io.klien.leads.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.klien.leads.LeadStageView;
import io.klien.leads.LeadView;
import io.klien.leads.Leads;
import io.klien.leads.PipelineStages;
import io.klien.leads.PipelineSummaries;
import io.klien.leads.PipelineSummary;
import io.klien.leads.PipelineSummary.Amount;
import io.klien.leads.PipelineSummary.StageTotal;
import io.klien.shared.tenant.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PipelineSummaryService implements PipelineSummaries {

    static final int WINDOW_DAYS = 90;
    static final int FOLLOW_UPS = 10;

    private final Leads leads;
    private final PipelineStages pipelineStages;
    private final JdbcClient jdbc;

    PipelineSummaryService(Leads leads, PipelineStages pipelineStages, JdbcClient jdbc) {
        this.leads = leads;
        this.pipelineStages = pipelineStages;
        this.jdbc = jdbc;
    }

    @Override
    public PipelineSummary summary() {
        String me = TenantContext.acting().subject();
        List<LeadStageView> stages = pipelineStages.stages();
        LocalDate today = leads.today();

        Map<UUID, Long> counts = new HashMap<>();
        Map<UUID, List<Amount>> values = new HashMap<>();
        jdbc.sql("""
                        select stage_id, coalesce(currency, ''), count(*), coalesce(sum(estimated_value), 0)
                        from lead where client_id is null group by stage_id, currency""")
                .query(rs -> {
                    UUID stage = rs.getObject(1, UUID.class);
                    counts.merge(stage, rs.getLong(3), Long::sum);
                    if (!rs.getString(2).isEmpty()) {
                        values.computeIfAbsent(stage, s -> new ArrayList<>()).add(new Amount(rs.getString(2), rs.getBigDecimal(4)));
                    }
                });
        List<StageTotal> totals = stages.stream()
                .map(s -> new StageTotal(s, counts.getOrDefault(s.id(), 0L), values.getOrDefault(s.id(), List.of())))
                .toList();

        List<UUID> due = jdbc.sql("""
                        select l.id from lead l join lead_stage s on s.tenant_id = l.tenant_id and s.id = l.stage_id
                        where l.owner_subject = :me and l.next_follow_up <= :today and s.kind = 'OPEN'
                        order by l.next_follow_up, l.name limit :limit""")
                .param("me", me).param("today", today).param("limit", FOLLOW_UPS)
                .query(UUID.class).list();
        List<LeadView> followUps = due.stream().map(leads::get).toList();

        LocalDate since = today.minusDays(WINDOW_DAYS);
        Map<String, Object> window = jdbc.sql("""
                        select count(*) filter (where first_contact_date >= :since) as started,
                               count(*) filter (where first_contact_date >= :since and won_date is not null) as won,
                               percentile_cont(0.5) within group (order by (won_date - first_contact_date))
                                   filter (where won_date >= :since) as median_cycle
                        from lead""")
                .param("since", since).query().singleRow();
        long started = ((Number) window.get("started")).longValue();
        long won = ((Number) window.get("won")).longValue();
        Object median = window.get("median_cycle");
        return new PipelineSummary(totals, followUps, started, won, started == 0 ? null : (double) won / started,
                median == null ? null : ((Number) median).doubleValue());
    }
}
