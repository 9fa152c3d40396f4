#!/usr/bin/env bash
# ./klien bench wall: the public testimonial wall and JSON feed of a firm with 5,000 published testimonials under wrk
# on loopback, side by side with a trivial endpoint of the same app in the same run (see benchmarks/README.md).
# Run from the repository root by ./klien (which has found a JDK and built ui/target/klien.jar).
set -euo pipefail

PORT=${KLIEN_BENCH_WALL_PORT:-18580}
MANAGEMENT_PORT=${KLIEN_BENCH_WALL_MANAGEMENT_PORT:-19590}
DB=${KLIEN_BENCH_WALL_DB:-klien_bench_wall}
DURATION=${KLIEN_BENCH_WALL_DURATION:-15s}
WARMUP=${KLIEN_BENCH_WALL_WARMUP:-10s}
THREADS=${KLIEN_BENCH_WALL_THREADS:-2}
CONNECTIONS=${KLIEN_BENCH_WALL_CONNECTIONS:-32}
TESTIMONIALS=5000
CLIENTS=1000
SLUG=bench-wall
APP=http://127.0.0.1:$PORT
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
WRK=${WRK:-/usr/bin/wrk}
LOG=$(mktemp -t klien-bench-wall.XXXXXX.log)

command -v "$WRK" >/dev/null || { echo "bench wall: wrk not found at $WRK (apt-get install wrk)" >&2; exit 1; }

# The app as ./klien run starts it (deployable jar + local tooling), on its own database and ports, Keycloak reused
# (or started) by the local services, no demo data, no mail catcher (the tests' port stays free), and the wall's
# rate limit raised: wrk speaks from one address, and the limit would otherwise answer 429 after 120 requests.
echo "bench wall: starting the app on $APP (database $DB, log $LOG)"
KLIEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" java -Xmx1g \
  -Dloader.path="$PWD/local/target/klien-local.jar,$PWD/local/target/local-lib" \
  -cp ui/target/klien.jar org.springframework.boot.loader.launch.PropertiesLauncher --spring.profiles.active=local \
  --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" --klien.public-url="$APP" \
  --klien.demo-data.enabled=false --klien.local-services.mail.enabled=false \
  --klien.wall.rate-limit.burst=1000000000 --klien.wall.rate-limit.per-second=1000000000 \
  --logging.level.root=WARN >"$LOG" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  if ! kill -0 $APP_PID 2>/dev/null; then echo "bench wall: the app did not start, see $LOG" >&2; tail -40 "$LOG" >&2; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" >/dev/null || { echo "bench wall: not ready after 240 s" >&2; exit 1; }

# Seeding as the superuser (bypasses row-level security and writes the firm's rows with its tenant_id), once: ids are
# md5(key)::uuid and every insert skips existing rows. 1,000 clients, 5,000 approved and published testimonials, all
# consented for the website (half also social media, a third proposals), 20 featured; named 60%, initials 25%,
# anonymous 15%; ratings 3-5; texts of 40-240 characters.
echo "bench wall: seeding firm '$SLUG' ($TESTIMONIALS published testimonials, $CLIENTS clients) when missing"
"${PSQL[@]}" -d "$DB" <<SQL
begin;
insert into tenant (id, slug, name, kind, display_name, primary_color, locale, time_zone, status, created_at)
values (md5('$SLUG')::uuid, '$SLUG', 'Bench Wall & Partners', 'LAW_FIRM', 'Bench Wall & Partners', '#1f4e79', 'en',
        'Asia/Jakarta', 'ACTIVE', now())
on conflict do nothing;
insert into client (tenant_id, id, name, kind, status, created_at)
select md5('$SLUG')::uuid, md5('$SLUG-client-' || g)::uuid, 'Client ' || g, 'ORGANIZATION', 'ACTIVE', now()
from generate_series(1, $CLIENTS) g
on conflict do nothing;
insert into testimonial (tenant_id, id, client_id, rating, body, display_name, display_title, display_company,
  attribution, consent_website, consent_proposals, consent_social_media, consent_version, consent_language,
  consented_at, state, published, featured, submitted_at, moderated_at, moderated_by)
select md5('$SLUG')::uuid, md5('$SLUG-t-' || g)::uuid, md5('$SLUG-client-' || (1 + g % $CLIENTS))::uuid, 3 + g % 3,
  'Testimonial ' || g || ': ' || repeat('Clear advice and a team that answers. ', 1 + g % 6),
  'Person ' || g || ' Santoso', case when g % 2 = 0 then 'Director' end,
  case when g % 3 = 0 then 'PT Company ' || g end,
  case when g % 20 < 12 then 'NAME' when g % 20 < 17 then 'INITIALS' else 'ANONYMOUS' end,
  true, g % 3 = 0, g % 2 = 0, 1, 'en', now() - g * interval '1 hour', 'APPROVED', true, g <= 20,
  now() - g * interval '1 hour', now() - g * interval '1 hour', 'bench'
from generate_series(1, $TESTIMONIALS) g
on conflict do nothing;
commit;
vacuum (analyze) testimonial;
SQL
COUNT=$("${PSQL[@]}" -d "$DB" -tA -c "select count(*) from testimonial where tenant_id = md5('$SLUG')::uuid and published and consent_website")
echo "bench wall: firm '$SLUG' has $COUNT published website testimonials"

WALL="$APP/wall/$SLUG?lang=en"
FEED="$APP/wall/$SLUG/feed.json?lang=en"
DEEP="$APP/wall/$SLUG?lang=en&page=60"
STATIC="$APP/assets/wall.css"
TRIVIAL="http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/liveness"

# the first request reads all 5,000 (and the "verified client" facts of their 1,000 clients) into the cache
COLD=$(curl -s -o /dev/null -w '%{time_total}' "$WALL")
FEED_COLD=$(curl -s -o /dev/null -w '%{time_total}' "$FEED")
for url in "$WALL" "$FEED" "$DEEP" "$STATIC" "$TRIVIAL"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  [ "$code" = 200 ] || { echo "bench wall: $url answered $code, not 200" >&2; exit 1; }
done
echo "bench wall: wall page $(curl -s "$WALL" | wc -c) bytes, feed page $(curl -s "$FEED" | wc -c) bytes," \
  "first (cold) wall request ${COLD}s, first feed request ${FEED_COLD}s"

declare -A RPS P50 P99 ERRORS
ms() { # wrk latency (e.g. 812.00us, 1.20ms, 1.01s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
measure() { # name url
  local out
  out=$("$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  RPS[$1]=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  P50[$1]=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99[$1]=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  ERRORS[$1]=$(awk '/Non-2xx|Socket errors/ { printf "%s ", $0 }' <<<"$out")
  echo "bench wall: $1 done: ${RPS[$1]} requests/s"
}
# the JIT compiles Tomcat's, Spring Security's and the handlers' paths while they run: every endpoint is warmed up
# before the first is measured, else whichever runs first measures a cold JVM
echo "bench wall: warming up, $WARMUP per endpoint (wrk -t$THREADS -c$CONNECTIONS)"
for url in "$TRIVIAL" "$STATIC" "$WALL" "$FEED" "$DEEP"; do
  "$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
done
echo "bench wall: measuring, $DURATION per endpoint, one after the other (the trivial endpoint first and last)"
measure trivial "$TRIVIAL"
measure static "$STATIC"
measure wall "$WALL"
measure feed "$FEED"
measure deep "$DEEP"
measure trivial-again "$TRIVIAL"

echo
printf '%-44s %12s %9s %9s %14s  %s\n' "endpoint" "requests/s" "p50 ms" "p99 ms" "vs trivial*" "goal (>= 30%, p99 < 100 ms)"
# the better of the two trivial runs: the conservative baseline
BASE=$(awk -v a="${RPS[trivial]}" -v b="${RPS[trivial-again]}" 'BEGIN { print (a > b) ? a : b }')
for name in trivial static wall feed deep trivial-again; do
  case $name in
    trivial|trivial-again) label="GET /actuator/health/liveness (trivial)" ;;
    static) label="GET /assets/wall.css (static file)" ;;
    wall) label="GET /wall/$SLUG (page 1 of 100)" ;;
    feed) label="GET /wall/$SLUG/feed.json (page 1)" ;;
    deep) label="GET /wall/$SLUG?page=60" ;;
  esac
  ratio=$(awk -v a="${RPS[$name]}" -v b="$BASE" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  verdict=$(awk -v a="${RPS[$name]}" -v b="$BASE" -v p="${P99[$name]}" 'BEGIN { print (a / b >= 0.30 && p < 100) ? "met" : "NOT met" }')
  case $name in trivial*|static) verdict="" ;; esac
  printf '%-44s %12s %9s %9s %14s  %s %s\n' "$label" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "$ratio" "$verdict" "${ERRORS[$name]}"
done
echo "* requests/s over the better of the two trivial runs ($BASE)"
echo "bench wall: load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs; app log $LOG"
