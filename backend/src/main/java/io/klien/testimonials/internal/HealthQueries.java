package io.klien.testimonials.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.klien.testimonials.LastContactKind;
import io.klien.testimonials.NpsPoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import org.jspecify.annotations.Nullable;
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
                coalesce(c.relationship_start, cast(c.created_at at time zone :zone as date)) as client_since,
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

    @PersistenceContext
    private EntityManager em;

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
    Optional<HealthFacts> factsOf(UUID clientId, Window window) {
        List<HealthFacts> found = tuples(window(em.createNativeQuery(FACTS.formatted("c.id = :clientId")
                + "select * from facts", Tuple.class), window).setParameter("clientId", clientId))
                .stream().map(HealthQueries::facts).toList();
        return found.stream().findFirst();
    }

    /** A page of the active and onboarding clients at risk, by name. */
    List<HealthFacts> atRisk(Window window, int offset, int limit) {
        return tuples(window(em.createNativeQuery(FACTS.formatted("c.status in ('ACTIVE', 'ONBOARDING')")
                + "select * from facts where " + AT_RISK + " order by client_name, client_id offset :offset limit :limit",
                Tuple.class), window).setParameter("offset", offset).setParameter("limit", limit))
                .stream().map(HealthQueries::facts).toList();
    }

    /** How many active and onboarding clients are at risk. */
    long countAtRisk(Window window) {
        return ((Number) window(em.createNativeQuery(FACTS.formatted("c.status in ('ACTIVE', 'ONBOARDING')")
                + "select count(*) from facts where " + AT_RISK), window).getSingleResult()).longValue();
    }

    /** Binds the window's moments to the parameters the query names (the count and page name more than one client's). */
    private static Query window(Query query, Window window) {
        java.util.Map<String, Object> values = java.util.Map.of("breachSince", utc(window.breachSince()),
                "today", window.today(), "zone", window.zone().getId(), "renewalBy", window.renewalBy(),
                "contactSince", utc(window.contactSince()));
        for (jakarta.persistence.Parameter<?> parameter : query.getParameters()) {
            Object value = values.get(parameter.getName());
            if (value != null) {
                query.setParameter(parameter.getName(), value);
            }
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(Query query) {
        return query.getResultList();
    }

    private static HealthFacts facts(Tuple t) {
        String kind = t.get("last_contact_kind", String.class);
        return new HealthFacts(t.get("client_id", UUID.class), t.get("client_name", String.class),
                date(t.get("client_since")), integer(t.get("latest")), integer(t.get("previous")),
                number(t.get("open_requests")), number(t.get("breaches")), date(t.get("renewal_on")),
                instant(t.get("last_contact_at")), kind == null ? null : LastContactKind.valueOf(kind));
    }

    /** The NPS answers of a client, oldest first. */
    List<NpsPoint> npsTrend(UUID clientId) {
        return tuples(em.createNativeQuery("""
                select answered_at, score from nps_survey where client_id = :clientId and answered_at is not null
                order by answered_at, id""", Tuple.class).setParameter("clientId", clientId)).stream()
                .map(t -> new NpsPoint(java.util.Objects.requireNonNull(instant(t.get(0))), (int) number(t.get(1))))
                .toList();
    }

    /** The client's milestone ratings: how many, their average, and the latest (by when it was last changed). */
    Ratings ratings(UUID clientId) {
        Tuple t = (Tuple) em.createNativeQuery("""
                select count(*) as ratings, round(avg(r.score), 1) as average,
                  (array_agg(r.score order by r.changed_at desc, r.id desc))[1] as latest
                from milestone_rating r join project p on p.tenant_id = r.tenant_id and p.id = r.project_id
                where p.client_id = :clientId""", Tuple.class).setParameter("clientId", clientId).getSingleResult();
        Object average = t.get("average");
        return new Ratings((int) number(t.get("ratings")),
                average == null ? null : new BigDecimal(average.toString()), integer(t.get("latest")));
    }

    record Ratings(int count, @Nullable BigDecimal average, @Nullable Integer latest) {
    }

    /** A contact to survey: of an active client, with an email address, not surveyed since {@code since}. */
    record DueContact(UUID contactId, UUID clientId, String name, String email) {
    }

    List<DueContact> contactsDue(Instant since, int limit) {
        return tuples(em.createNativeQuery("""
                select cc.id, cc.client_id, cc.name, btrim(cc.email) as email from client_contact cc
                  join client c on c.tenant_id = cc.tenant_id and c.id = cc.client_id
                where c.status = 'ACTIVE' and cc.email is not null and btrim(cc.email) <> ''
                  and not exists (select 1 from nps_survey s where s.tenant_id = cc.tenant_id
                    and s.contact_id = cc.id and s.sent_at > :since)
                order by cc.created_at, cc.id limit :limit""", Tuple.class)
                .setParameter("since", utc(since)).setParameter("limit", limit)).stream()
                .map(t -> new DueContact(t.get(0, UUID.class), t.get(1, UUID.class), t.get(2, String.class),
                        t.get(3, String.class)))
                .toList();
    }

    /** The NPS scores answered since the moment. */
    List<Integer> scoresSince(Instant since) {
        @SuppressWarnings("unchecked")
        List<Object> scores = em.createNativeQuery("select score from nps_survey where answered_at >= :since")
                .setParameter("since", utc(since)).getResultList();
        return scores.stream().map(o -> ((Number) o).intValue()).toList();
    }

    /** How many testimonials are published (approved, not withdrawn) and how many await moderation. */
    long[] testimonialCounts() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where published and state = 'APPROVED'),
                  count(*) filter (where state = 'SUBMITTED') from testimonial""").getSingleResult();
        return new long[] {number(row[0]), number(row[1])};
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static @Nullable Integer integer(@Nullable Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.time.ZonedDateTime z -> z.toInstant();
            case Timestamp ts -> ts.toInstant();
            default -> throw new IllegalStateException("Not a moment: " + value.getClass());
        };
    }
}
