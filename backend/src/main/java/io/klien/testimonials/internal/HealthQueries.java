package io.klien.testimonials.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.klien.testimonials.LastContactKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The relationship-health reads that span modules, each one statement over the tables of the active firm (row-level
 * security keeps them in it): the facts per client that decide its risk, whether for one client or a page of the
 * firm's clients at risk, and the contacts due for an NPS survey. Reading the other modules' tables directly is what
 * keeps the dashboard at a fixed number of statements; the columns read are listed here and nowhere else.
 */
@Component
class HealthQueries {

    /** The facts per client; the risk rules are the same as {@link HealthFacts#risks}. */
    private static final String FACTS = """
            with nps as (
              select client_id, score, row_number() over (partition by client_id order by answered_at desc, id desc) as n
              from nps_survey where answered_at is not null
            ), nps_last as (
              select client_id, max(score) filter (where n = 1) as latest, max(score) filter (where n = 2) as previous
              from nps where n <= 2 group by client_id
            ), support as (
              select client_id, count(*) filter (where state = 'OPEN') as open_requests,
                count(*) filter (where first_response_breached_at >= :breachSince
                  or resolution_breached_at >= :breachSince) as breaches
              from support_request group by client_id
            ), renewal as (
              select client_id, min(ends_on) as renewal_on from contract
              where status in ('SIGNED', 'ACTIVE', 'EXPIRING') and kind = 'CONTRACT' and ends_on >= :today
              group by client_id
            ), touch as (
              select p.client_id, m.created_at as at, 'DISCUSSION' as kind from discussion_message m
                join discussion_thread t on t.tenant_id = m.tenant_id and t.id = m.thread_id and t.visibility = 'SHARED'
                join project p on p.tenant_id = t.tenant_id and p.id = t.project_id
              union all
              select p.client_id, u.posted_at, 'PROJECT_UPDATE' from project_update u
                join project p on p.tenant_id = u.tenant_id and p.id = u.project_id
              union all
              select p.client_id, r.created_at, 'UPDATE_REPLY' from project_update_reply r
                join project_update u on u.tenant_id = r.tenant_id and u.id = r.update_id
                join project p on p.tenant_id = u.tenant_id and p.id = u.project_id
              union all
              select s.client_id, m.created_at, 'SUPPORT_REPLY' from support_request_message m
                join support_request s on s.tenant_id = m.tenant_id and s.id = m.request_id where m.from_firm
              union all
              select client_id, (given_on + time '12:00') at time zone :zone, 'LOYALTY_GESTURE' from loyalty_gesture
              union all
              select client_id, done_at, 'FOLLOW_UP' from nps_follow_up where state = 'DONE'
            ), last_touch as (
              select distinct on (client_id) client_id, at as last_contact_at, kind as last_contact_kind
              from touch order by client_id, at desc
            ), facts as (
              select c.id as client_id, c.name as client_name,
                coalesce(c.relationship_start, (c.created_at at time zone :zone)::date) as client_since,
                nl.latest, nl.previous, coalesce(s.open_requests, 0) as open_requests,
                coalesce(s.breaches, 0) as breaches, r.renewal_on, lt.last_contact_at, lt.last_contact_kind
              from client c
                left join nps_last nl on nl.client_id = c.id
                left join support s on s.client_id = c.id
                left join renewal r on r.client_id = c.id
                left join last_touch lt on lt.client_id = c.id
              where %s
            )
            """;

    private static final String AT_RISK = """
            (latest <= 6 or latest < previous or breaches > 0
              or (renewal_on <= :renewalBy and (last_contact_at is null or last_contact_at < :contactSince)))""";

    private final JdbcClient jdbc;

    HealthQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The moment the facts are taken, in the firm's zone: the windows the risk rules look back and ahead. */
    record Window(Instant now, LocalDate today, ZoneId zone) {

        Instant breachSince() {
            return now.minus(java.time.Duration.ofDays(io.klien.testimonials.ClientHealth.BREACH_DAYS));
        }

        Instant contactSince() {
            return now.minus(java.time.Duration.ofDays(io.klien.testimonials.ClientHealth.CONTACT_DAYS));
        }

        LocalDate renewalBy() {
            return today.plusDays(io.klien.testimonials.ClientHealth.RENEWAL_DAYS);
        }
    }

    /** The facts of one client, if it exists in the active firm. */
    java.util.Optional<HealthFacts> factsOf(UUID clientId, Window window) {
        return params(jdbc.sql(FACTS.formatted("c.id = :clientId") + "select * from facts"), window)
                .param("clientId", clientId).query(HealthQueries::facts).optional();
    }

    /** A page of the active and onboarding clients at risk, by name. */
    List<HealthFacts> atRisk(Window window, int offset, int limit) {
        return params(jdbc.sql(FACTS.formatted("c.status in ('ACTIVE', 'ONBOARDING')") + "select * from facts where "
                + AT_RISK + " order by client_name, client_id offset :offset limit :limit"), window)
                .param("offset", offset).param("limit", limit).query(HealthQueries::facts).list();
    }

    /** How many active and onboarding clients are at risk. */
    long countAtRisk(Window window) {
        return params(jdbc.sql(FACTS.formatted("c.status in ('ACTIVE', 'ONBOARDING')")
                + "select count(*) from facts where " + AT_RISK), window).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Window window) {
        return spec.param("breachSince", window.breachSince().atOffset(ZoneOffset.UTC))
                .param("today", window.today())
                .param("zone", window.zone().getId())
                .param("renewalBy", window.renewalBy())
                .param("contactSince", window.contactSince().atOffset(ZoneOffset.UTC));
    }

    private static HealthFacts facts(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("last_contact_kind");
        return new HealthFacts(rs.getObject("client_id", UUID.class), rs.getString("client_name"),
                rs.getObject("client_since", LocalDate.class), integer(rs, "latest"), integer(rs, "previous"),
                rs.getLong("open_requests"), rs.getLong("breaches"), rs.getObject("renewal_on", LocalDate.class),
                instant(rs.getTimestamp("last_contact_at")), kind == null ? null : LastContactKind.valueOf(kind));
    }

    /** The NPS answers of a client, oldest first. */
    List<io.klien.testimonials.NpsPoint> npsTrend(UUID clientId) {
        return jdbc.sql("""
                select answered_at, score from nps_survey where client_id = ? and answered_at is not null
                order by answered_at, id""").param(clientId)
                .query((rs, row) -> new io.klien.testimonials.NpsPoint(rs.getTimestamp(1).toInstant(), rs.getInt(2)))
                .list();
    }

    /** The client's milestone ratings: how many, their average, and the latest (by when it was last changed). */
    Ratings ratings(UUID clientId) {
        return jdbc.sql("""
                select count(*), round(avg(r.score), 1),
                  (array_agg(r.score order by r.changed_at desc, r.id desc))[1]
                from milestone_rating r join project p on p.tenant_id = r.tenant_id and p.id = r.project_id
                where p.client_id = ?""").param(clientId)
                .query((rs, row) -> new Ratings(rs.getInt(1), rs.getBigDecimal(2), integer(rs, 3))).single();
    }

    record Ratings(int count, @Nullable BigDecimal average, @Nullable Integer latest) {
    }

    /** A contact to survey: of an active client, with an email address, not surveyed since {@code since}. */
    record DueContact(UUID contactId, UUID clientId, String name, String email) {
    }

    List<DueContact> contactsDue(Instant since, int limit) {
        return jdbc.sql("""
                select cc.id, cc.client_id, cc.name, btrim(cc.email) from client_contact cc
                  join client c on c.tenant_id = cc.tenant_id and c.id = cc.client_id
                where c.status = 'ACTIVE' and cc.email is not null and btrim(cc.email) <> ''
                  and not exists (select 1 from nps_survey s where s.tenant_id = cc.tenant_id
                    and s.contact_id = cc.id and s.sent_at > :since)
                order by cc.created_at, cc.id limit :limit""")
                .param("since", since.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query((rs, row) -> new DueContact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The NPS scores answered since the moment. */
    List<Integer> scoresSince(Instant since) {
        return jdbc.sql("select score from nps_survey where answered_at >= ?").param(since.atOffset(ZoneOffset.UTC))
                .query(Integer.class).list();
    }

    /** How many testimonials are published (approved, not withdrawn) and how many await moderation. */
    long[] testimonialCounts() {
        return jdbc.sql("""
                select count(*) filter (where published and state = 'APPROVED'),
                  count(*) filter (where state = 'SUBMITTED') from testimonial""")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
