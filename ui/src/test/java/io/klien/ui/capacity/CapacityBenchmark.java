package io.klien.ui.capacity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./klien bench capacity}: how many signed-in people one Klien node carries on this machine. Starts the app as
 * {@code ./klien run} does (the deployable jar plus the local tooling, local services, port 18080, its own database
 * {@code klien_bench_capacity}) with a population of bench firms, then with the load generator:
 * <ol>
 * <li>warms up;</li>
 * <li>measures the heap of idle signed-in sessions: live heap after a full GC ({@code jcmd GC.class_histogram}) before
 * and after N portal users and then N staff sign in and open a UI they leave idle;</li>
 * <li>signs everybody else in through Keycloak, 20 at a time (the sign-in rate and what it costs);</li>
 * <li>runs 50, 200 and 500 concurrent sessions (a ramp, then a measured window) of staff and portal scripts, printing
 * interactions per second, p50/p95/p99 per interaction kind, errors, and the CPU used by the app, PostgreSQL,
 * Keycloak and the generator;</li>
 * <li>runs the same numbers of sessions on the simplest signed-in Vaadin view (the ceiling).</li>
 * </ol>
 * Settings are system properties {@code klien.bench.*} (see benchmarks/README.md). It exits non-zero when it cannot set
 * up or when any interaction failed.
 */
public final class CapacityBenchmark {

    private static final URI APP = URI.create("http://localhost:18080");
    private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");

    private final Path root = Path.of("").toAbsolutePath();
    private final StringBuilder report = new StringBuilder();
    private Process app;

    public static void main(String[] args) throws Exception {
        int status = new CapacityBenchmark().run();
        System.exit(status);
    }

    private int run() throws Exception {
        List<Integer> levels = ints(setting("levels", "50,200,500"));
        int firms = Integer.parseInt(setting("firms", "10"));
        int staffPerFirm = Integer.parseInt(setting("staff-per-firm", "10"));
        int portalPerFirm = Integer.parseInt(setting("portal-per-firm", "40"));
        Duration ramp = Duration.ofSeconds(Long.parseLong(setting("ramp-seconds", "20")));
        Duration measure = Duration.ofSeconds(Long.parseLong(setting("measure-seconds", "60")));
        Duration pingMeasure = Duration.ofSeconds(Long.parseLong(setting("ping-seconds", "30")));
        Duration thinkMin = Duration.ofMillis(Long.parseLong(setting("think-min-ms", "1000")));
        Duration thinkMax = Duration.ofMillis(Long.parseLong(setting("think-max-ms", "3000")));
        int idle = Integer.parseInt(setting("idle-sessions", "50"));
        String database = setting("database", "klien_bench_capacity");
        int history = Integer.parseInt(setting("thread-history", "20"));

        long errors = 0;
        try {
            forgetEarlierComments(database);
            startApp(database, firms, staffPerFirm, portalPerFirm);
            seedThreadHistory(database, history);
            List<Person> people = people(database, firms);
            say("%d people (%d staff, %d portal users) in %d firms; think time %d-%d ms; app pid %d%n", people.size(),
                    people.stream().filter(p -> p.kind == Person.Kind.STAFF).count(),
                    people.stream().filter(p -> p.kind == Person.Kind.PORTAL).count(), firms, thinkMin.toMillis(),
                    thinkMax.toMillis(), app.pid());

            LoadRun warmup = new LoadRun(people.subList(0, Math.min(20, people.size())),
                    new LoadRun.Settings(Duration.ofSeconds(5), Duration.ofSeconds(25), thinkMin, thinkMax, false));
            warmup.run(() -> { }, () -> { });
            errors += warmup.measured.totalErrors() + warmup.setup.totalErrors();
            printErrors("warm-up", warmup);

            idleHeap(people, idle);
            errors += signInEveryone(people, 20);

            for (int sessions : levels) {
                errors += level("Klien views", people.subList(0, Math.min(sessions, people.size())),
                        new LoadRun.Settings(ramp, measure, thinkMin, thinkMax, false));
            }
            for (int sessions : levels) {
                errors += level("ceiling: bench/ping", people.subList(0, Math.min(sessions, people.size())),
                        new LoadRun.Settings(Duration.ofSeconds(10), pingMeasure, thinkMin, thinkMax, true));
            }
        } finally {
            stopApp();
        }
        Path figures = root.resolve("ui/target/capacity-figures.txt");
        Files.writeString(figures, report);
        say("%nErrors: %d. Figures also in %s%n", errors, figures);
        return errors == 0 ? 0 : 1;
    }

    private long level(String title, List<Person> people, LoadRun.Settings settings) throws InterruptedException {
        LoadRun run = new LoadRun(people, settings);
        Map<String, Map<String, Long>> cpu = new HashMap<>();
        long appPid = app.pid();
        double seconds = run.run(() -> cpu.put("before", ProcCpu.snapshot(appPid)), () -> cpu.put("after", ProcCpu.snapshot(appPid)));
        Map<String, Double> cores = ProcCpu.cores(cpu.get("before"), cpu.get("after"), seconds);
        List<Recorder.Figures> figures = run.measured.figures();
        long interactions = figures.stream().mapToLong(Recorder.Figures::count).sum();
        long failed = run.measured.totalErrors() + run.setup.totalErrors();
        say("%n== %s, %d sessions (ramp %d s, measured %d s; %d working when the window began) ==%n", title,
                people.size(), settings.ramp().toSeconds(), settings.measure().toSeconds(), run.readyAtWindow.get());
        say("interactions/s %.1f, errors %d; CPU cores: app %.2f, PostgreSQL %.2f, Keycloak %.2f, generator %.2f, machine %.2f of %d%n",
                interactions / seconds, failed, cores.get("app"), cores.get("postgres"), cores.get("keycloak"),
                cores.get("generator"), cores.get("machine"), Runtime.getRuntime().availableProcessors());
        say("| interaction | count | per s | p50 ms | p95 ms | p99 ms | max ms | errors |%n|---|---:|---:|---:|---:|---:|---:|---:|%n");
        for (Recorder.Figures f : figures) {
            say("| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d |%n", f.kind(), f.count(), f.count() / seconds, f.p50(),
                    f.p95(), f.p99(), f.max(), f.errors());
        }
        for (Recorder.Figures f : run.setup.figures()) {
            say("| (setup) %s | %d | | %.0f | %.0f | %.0f | %.0f | %d |%n", f.kind(), f.count(), f.p50(), f.p95(), f.p99(),
                    f.max(), f.errors());
        }
        printErrors(title, run);
        return failed;
    }

    /**
     * Signs in everyone not signed in yet, {@code concurrency} at a time, each then closing the page's UI: the sign-in
     * rate and its cost, mostly Keycloak's password hashing, measured apart from the sessions' work.
     */
    private long signInEveryone(List<Person> people, int concurrency) throws InterruptedException {
        List<Person> pending = people.stream().filter(p -> !p.signedIn).toList();
        if (pending.isEmpty()) {
            return 0;
        }
        Recorder recorder = new Recorder();
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(concurrency);
        long appPid = app.pid();
        Map<String, Long> before = ProcCpu.snapshot(appPid);
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (Person person : pending) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    slots.acquire();
                    try {
                        long t0 = System.nanoTime();
                        String page = person.browser.signIn("/" + person.home(), person.email, person.password);
                        person.signedIn = true;
                        VaadinUi.fromPage(person.browser, person.home(), page).close();
                        recorder.ok("sign-in + first page", System.nanoTime() - t0);
                    } finally {
                        slots.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    recorder.error("sign-in + first page", e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> cores = ProcCpu.cores(before, ProcCpu.snapshot(appPid), seconds);
        Recorder.Figures f = recorder.figures().getFirst();
        say("%n== Signing in %d people, %d at a time, through Keycloak's login page ==%n", pending.size(), concurrency);
        say("%.1f sign-ins/s; p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; errors %d; CPU cores: app %.2f, PostgreSQL %.2f, "
                + "Keycloak %.2f, generator %.2f, machine %.2f%n", f.count() / seconds, f.p50(), f.p95(), f.p99(),
                f.errors(), cores.get("app"), cores.get("postgres"), cores.get("keycloak"), cores.get("generator"),
                cores.get("machine"));
        recorder.errorSamples().stream().limit(5).forEach(e -> say("  error signing in: %s%n", e));
        return recorder.totalErrors();
    }

    /** Live heap after a full GC, with N idle portal sessions added, then N idle staff sessions. */
    private void idleHeap(List<Person> people, int n) throws Exception {
        List<Person> portal = people.stream().filter(p -> p.kind == Person.Kind.PORTAL && !p.signedIn).toList();
        List<Person> staff = people.stream().filter(p -> p.kind == Person.Kind.STAFF && !p.signedIn).toList();
        portal = portal.subList(Math.max(0, portal.size() - n), portal.size());
        staff = staff.subList(Math.max(0, staff.size() - n), staff.size());
        long base = liveHeap();
        List<VaadinUi> open = new ArrayList<>(openIdle(portal));
        long withPortal = liveHeap();
        open.addAll(openIdle(staff));
        long withStaff = liveHeap();
        say("%n== Heap per idle signed-in session (live heap after full GC, jcmd GC.class_histogram) ==%n");
        say("baseline %.1f MB; +%d portal sessions %.1f MB -> %.0f kB each; +%d staff sessions %.1f MB -> %.0f kB each%n",
                base / 1e6, portal.size(), withPortal / 1e6, (withPortal - base) / 1e3 / Math.max(1, portal.size()),
                staff.size(), withStaff / 1e6, (withStaff - withPortal) / 1e3 / Math.max(1, staff.size()));
        for (VaadinUi ui : open) {
            ui.close();
        }
    }

    private List<VaadinUi> openIdle(List<Person> people) throws Exception {
        List<VaadinUi> open = new ArrayList<>();
        for (Person person : people) {
            String page = person.browser.signIn("/" + person.home(), person.email, person.password);
            person.signedIn = true;
            VaadinUi ui = VaadinUi.fromPage(person.browser, person.home(), page);
            if (person.kind == Person.Kind.STAFF) {
                ui.callServer(ui.state().node("clients-grid").orElseThrow(), "setViewportRange",
                        tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(0).add(50));
            }
            open.add(ui);
        }
        return open;
    }

    private long liveHeap() throws IOException, InterruptedException {
        String jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString();
        Process gc = new ProcessBuilder(jcmd, Long.toString(app.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        Process histogram = new ProcessBuilder(jcmd, Long.toString(app.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(histogram.getInputStream().readAllBytes());
        histogram.waitFor();
        Matcher total = TOTAL.matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("jcmd GC.class_histogram printed no total: " + UiState.abbreviate(out));
        }
        return Long.parseLong(total.group(2));
    }

    private void startApp(String database, int firms, int staff, int portal) throws IOException, InterruptedException {
        Path jar = root.resolve("ui/target/klien.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build first (./klien bench capacity does)");
        }
        Path log = root.resolve("ui/target/capacity-app.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        String jvmArgs = setting("app-jvm-args", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of(
                "-Dloader.path=" + root.resolve("local/target/klien-local.jar") + "," + root.resolve("local/target/local-lib"),
                "-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--spring.profiles.active=local", "--server.port=18080", "--management.server.port=19090",
                "--klien.public-url=http://localhost:18080", "--klien.demo-data.enabled=false",
                "--klien.notifications.reminders.enabled=false",
                "--klien.bench.firms=" + firms, "--klien.bench.staff-per-firm=" + staff, "--klien.bench.portal-per-firm=" + portal));
        String appArgs = setting("app-args", "").strip();
        if (!appArgs.isEmpty()) {
            command.addAll(List.of(appArgs.split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KLIEN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        Instant started = Instant.now();
        app = builder.start();
        say("Starting the app (log: %s) ...%n", log);
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log);
            }
            if (Files.readString(log).contains("Capacity bench population ready")) {
                break;
            }
            if (Duration.between(started, Instant.now()).toMinutes() >= 10) {
                throw new IllegalStateException("The app did not get ready in 10 minutes; see " + log);
            }
            TimeUnit.SECONDS.sleep(2);
        }
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:19090/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        say("App ready in %d s, health %s%n", Duration.between(started, Instant.now()).toSeconds(), health.body());
    }

    private void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.descendants().forEach(ProcessHandle::destroyForcibly);
                app.destroyForcibly();
            }
        }
    }

    /** The bench firms' people, staff and portal users interleaved 1:4 so every prefix of the list has the same mix. */
    private static List<Person> people(String database, int firms) throws SQLException {
        Map<String, List<UUID>> clients = new HashMap<>();
        Map<String, List<UUID>> onboardings = new HashMap<>();
        List<String[]> members = new ArrayList<>();
        try (Connection db = adminConnection(database)) {
            query(db, "select t.slug, c.id::text from client c join tenant t on t.id = c.tenant_id where t.slug like 'bench-firm-%'",
                    rs -> clients.computeIfAbsent(rs.getString(1), s -> new ArrayList<>()).add(UUID.fromString(rs.getString(2))));
            query(db, "select t.slug, o.id::text from onboarding o join tenant t on t.id = o.tenant_id where t.slug like 'bench-firm-%'",
                    rs -> onboardings.computeIfAbsent(rs.getString(1), s -> new ArrayList<>()).add(UUID.fromString(rs.getString(2))));
            query(db, "select t.slug, m.email, m.role from membership m join tenant t on t.id = m.tenant_id "
                    + "where t.slug like 'bench-firm-%' and m.email like '%@bench.test' order by m.email",
                    rs -> members.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
        }
        List<Person> staff = new ArrayList<>();
        List<Person> portal = new ArrayList<>();
        for (String[] member : members) {
            int firm = Integer.parseInt(member[0].substring("bench-firm-".length()));
            if (firm > firms) {
                continue;
            }
            boolean isStaff = !"CLIENT".equals(member[2]);
            (isStaff ? staff : portal).add(new Person(APP, member[1], io.klien.local.bench.BenchPopulation.PASSWORD,
                    isStaff ? Person.Kind.STAFF : Person.Kind.PORTAL, clients.getOrDefault(member[0], List.of()),
                    onboardings.getOrDefault(member[0], List.of())));
        }
        List<Person> people = new ArrayList<>();
        int s = 0;
        int p = 0;
        while (s < staff.size() || p < portal.size()) {
            if (s < staff.size() && (p >= portal.size() || people.size() % 5 == 0)) {
                people.add(staff.get(s++));
            } else {
                people.add(portal.get(p++));
            }
        }
        return people;
    }

    /**
     * Removes the comments earlier runs' generator wrote, so every run starts from the same data: threads that grow
     * run after run make the onboarding pages heavier and the runs incomparable. (The database is the benchmark's
     * own; it does not exist yet on a first run.)
     */
    private void forgetEarlierComments(String database) {
        try (Connection db = adminConnection(database);
                var statement = db.createStatement()) {
            int removed = statement.executeUpdate("delete from onboarding_step_comment where text like '"
                    + Script.COMMENT_PREFIX + "%'");
            say("Removed %d comments of earlier runs%n", removed);
        } catch (SQLException e) {
            say("No comments of earlier runs removed (%s)%n", e.getMessage());
        }
    }

    /**
     * Gives the two threads the generator comments on (each onboarding's intake and conflict-check steps) {@code count}
     * earlier comments each, as a few weeks into an onboarding: pages that show every comment, or rebuild every
     * thread after each action, show it in the figures. Written with the generator's prefix, so the next run's
     * clean-up removes them; internal on the firm's step as the app keeps them.
     */
    private void seedThreadHistory(String database, int count) throws SQLException {
        if (count <= 0) {
            return;
        }
        try (Connection db = adminConnection(database);
                var statement = db.prepareStatement("""
                        insert into onboarding_step_comment (tenant_id, id, onboarding_id, step_id, parent_id,
                          author_subject, author_side, text, internal, created_at)
                        select s.tenant_id, gen_random_uuid(), s.onboarding_id, s.id, null, 'bench-history', 'FIRM',
                          ? || 'history ' || g, s.owner_side = 'FIRM', now() - make_interval(hours => ? + 1 - g)
                        from onboarding_step s join tenant t on t.id = s.tenant_id cross join generate_series(1, ?) g
                        where t.slug like 'bench-firm-%' and s.position in (1, 2)""")) {
            statement.setString(1, Script.COMMENT_PREFIX);
            statement.setInt(2, count);
            statement.setInt(3, count);
            say("Gave every onboarding's two commented threads %d earlier comments (%d rows)%n", count,
                    statement.executeUpdate());
        }
    }

    /** The bench database as its administrator (reads across firms, seeds and clears what the generator wrote). */
    private static Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database,
                setting("admin-user", "postgres"), System.getProperty("klien.bench.admin-password", ""));
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection db, String sql, Row row) throws SQLException {
        try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    private void printErrors(String title, LoadRun run) {
        List<String> samples = new ArrayList<>(run.setup.errorSamples());
        samples.addAll(run.measured.errorSamples());
        samples.stream().limit(10).forEach(e -> say("  error in %s: %s%n", title, e));
    }

    private void say(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.print(text);
        System.out.flush();
        report.append(text);
    }

    private static String setting(String name, String fallback) {
        String env = System.getenv("KLIEN_BENCH_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        return System.getProperty("klien.bench." + name, env != null ? env : fallback);
    }

    private static List<Integer> ints(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }
}
