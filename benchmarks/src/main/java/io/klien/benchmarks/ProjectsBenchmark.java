package io.klien.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

import io.klien.projects.ClientPortalProjects;
import io.klien.projects.DeliverableView;
import io.klien.projects.Deliverables;
import io.klien.projects.MilestoneView;
import io.klien.projects.PortalProjects;
import io.klien.projects.ProjectFilter;
import io.klien.projects.ProjectStatus;
import io.klien.projects.ProjectUpdateThread;
import io.klien.projects.ProjectUpdateView;
import io.klien.projects.ProjectUpdates;
import io.klien.projects.ProjectUsage;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.SatisfactionCheckins;
import io.klien.projects.SupportPriority;
import io.klien.projects.SupportQueueFilter;
import io.klien.projects.SupportRequests;
import io.klien.projects.SupportState;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Projects at volume: one firm with 20,000 projects, 200,000 tasks, 100,000 deliverable versions, 500,000 time entries
 * and 50,000 support requests next to 100 firms with a hundredth of that ({@link ProjectsData}), timed through the
 * services of {@code io.klien.projects} as the people who use them (tenant context set, row-level security on, as
 * {@code klien_app}): the portal project page as a client user, the staff projects list, the support queue and usage
 * against quota. Prints p50/p95/max and SQL statements per call, and whether a big and a small page or project take
 * the same statements. Goal from the issue: p95 under 50 ms with constant statement counts. Run with
 * {@code ./klien bench projects} (see benchmarks/README.md).
 */
public final class ProjectsBenchmark {

    static final double GOAL_MS = 50.0;
    static final int PAGE = 50;
    static final int SMALL_PAGE = 5;
    static final int UPDATES_SHOWN = 10;

    private ProjectsBenchmark() {
    }

    /**
     * One measured operation, called {@code i = 0, 1, ...} as {@code scope}, each call returning how many rows (or
     * items) it read; {@code big} and {@code small} are one call each on a big and a small page or project, compared
     * for their statement counts.
     */
    record Operation(String name, Scope scope, IntUnaryOperator call, IntUnaryOperator big, IntUnaryOperator small) {
    }

    public static void main(String[] args) throws Exception {
        String dbUrl = ClientsBenchmark.setting("klien.bench.projects-db-url",
                "jdbc:postgresql://127.0.0.1:5432/klien_bench_projects");
        String adminUser = ClientsBenchmark.setting("klien.bench.admin-user", "postgres");
        String adminPassword = ClientsBenchmark.setting("klien.bench.admin-password", "");
        int iterations = Integer.parseInt(ClientsBenchmark.setting("klien.bench.iterations", "300"));
        int warmup = Integer.parseInt(ClientsBenchmark.setting("klien.bench.warmup", "100"));
        String only = ClientsBenchmark.setting("klien.bench.projects", "all");
        try (ConfigurableApplicationContext context = BenchBackend.boot(dbUrl, adminUser, adminPassword, args)) {
            try (Connection admin = DriverManager.getConnection(dbUrl, adminUser, adminPassword)) {
                BenchBackend.requireSuperuser(admin);
                ProjectsData.ensureSeeded(admin);
                // as autovacuum would have by now: a migration that rewrote a table (support_request gained a
                // generated column) leaves its visibility map empty, and every index-only scan then visits the heap
                long vacuum = System.nanoTime();
                try (java.sql.Statement s = admin.createStatement()) {
                    s.execute("vacuum (analyze) " + ProjectsData.TABLES);
                }
                System.out.printf(Locale.ROOT, "vacuum (analyze) of the benchmark's tables: %.1f s%n",
                        (System.nanoTime() - vacuum) / 1e9);
                printVolumes(admin);
            }
            Statistics stats = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            stats.setStatisticsEnabled(true);
            List<Operation> operations = new ArrayList<>();
            if (only.equals("all") || only.equals("portal")) {
                operations.addAll(portal(context));
            }
            if (only.equals("all") || only.equals("list")) {
                operations.addAll(list(context));
            }
            if (only.equals("all") || only.equals("support")) {
                operations.addAll(support(context));
            }
            if (only.equals("all") || only.equals("usage")) {
                operations.addAll(usage(context));
            }
            List<String> lines = new ArrayList<>();
            String loadBefore = loadAverage();
            for (Operation op : operations) {
                lines.add(measure(op, stats, warmup, iterations));
            }
            String loadAfter = loadAverage();
            System.out.printf(Locale.ROOT, "%nProjects, firm with %,d projects (and %d firms with %,d); %d warm-up + %d"
                    + " measured calls each, one thread%n", ProjectsData.BIG_PROJECTS, ProjectsData.SMALL_FIRMS,
                    ProjectsData.BIG_PROJECTS / ProjectsData.SMALL_DIVISOR, warmup, iterations);
            System.out.printf(Locale.ROOT, "%-50s %7s %7s %7s %9s %10s %9s %12s  %s%n", "operation", "p50 ms", "p95 ms",
                    "max ms", "rows", "JDBC stmts", "Hibernate", "big / small", "p95 < 50 ms, constant");
            lines.forEach(System.out::println);
            System.out.println("load average (1, 5, 15 min) before the measurements: " + loadBefore + ", after: "
                    + loadAfter + " (2 CPUs shared with PostgreSQL; above 1 other work competed)");
            System.out.println("rows: rows or items returned per call (min-max); JDBC stmts: statements prepared or"
                    + " created on the app's connections per call by the calling thread (min-max, includes each"
                    + " transaction's set_config); Hibernate: its prepared statements per call (mean); big / small: JDBC"
                    + " statements of one call on a big and on a small page or project; constant: the same for both,"
                    + " and no call took more.");
        }
        System.exit(0);
    }

    private static Scope clientUser(int client) {
        return Scope.member(ProjectsData.tenant(0), ProjectsData.clientUser(0, client), "CLIENT",
                ProjectsData.id("client", 0, client), false);
    }

    private static Scope staff() {
        return Scope.member(ProjectsData.tenant(0), ProjectsData.staff(0, 2), "STAFF", null, false);
    }

    private static UUID project(int g) {
        return ProjectsData.id("project", 0, g);
    }

    /** The client's projects: g, g + 2,000, ... (10 of them). */
    private static UUID projectOfClient(int client, int i) {
        return project(client + ProjectsData.BIG_CLIENTS * (i % 10));
    }

    private static List<Operation> portal(ConfigurableApplicationContext context) {
        Projects projects = context.getBean(Projects.class);
        Deliverables deliverables = context.getBean(Deliverables.class);
        ProjectUpdates updates = context.getBean(ProjectUpdates.class);
        ProjectUsage usage = context.getBean(ProjectUsage.class);
        SatisfactionCheckins checkins = context.getBean(SatisfactionCheckins.class);
        ClientPortalProjects portal = context.getBean(ClientPortalProjects.class);
        Services services = new Services(projects, deliverables, updates, usage, checkins, portal);
        int bigClient = ProjectsData.clientOf(ProjectsData.BIG_PROJECT);
        Scope client = clientUser(bigClient);
        Scope small = clientUser(ProjectsData.clientOf(ProjectsData.SMALL_PROJECT));
        UUID bigProject = project(ProjectsData.BIG_PROJECT);
        UUID smallProject = project(ProjectsData.SMALL_PROJECT);
        // the page has these from its earlier calls: the shown updates and the completed milestones
        Map<UUID, Shown> shown = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            UUID id = projectOfClient(bigClient, i);
            shown.put(id, TenantContext.callIn(client, () -> Shown.of(services, id)));
        }
        shown.put(bigProject, TenantContext.callIn(client, () -> Shown.of(services, bigProject)));
        shown.put(smallProject, TenantContext.callIn(small, () -> Shown.of(services, smallProject)));
        record Read(String name, java.util.function.Function<UUID, Integer> of) {
        }
        List<Read> reads = List.of(
                new Read("Projects.get", id -> projects.get(id).milestones().size()),
                new Read("Deliverables.ofProject", id -> versions(deliverables.ofProject(id))),
                new Read("ProjectUpdates.list (10)", id -> updates.list(id, PageRequest.of(0, UPDATES_SHOWN)).size()),
                new Read("replies, one call per shown update", id -> shown.get(id).updates().stream()
                        .mapToInt(u -> updates.replies(u).size()).sum()),
                new Read("myRating, one call per completed milestone", id -> shown.get(id).completed().stream()
                        .mapToInt(m -> checkins.myRating(m).isPresent() ? 1 : 0).sum()),
                new Read("ProjectUpdates.listWithReplies (10)", id -> updates.listWithReplies(id,
                        PageRequest.of(0, UPDATES_SHOWN)).stream().mapToInt(t -> 1 + t.replies().size()).sum()),
                new Read("SatisfactionCheckins.myRatings", id -> checkins.myRatings(id).size()),
                new Read("ProjectUsage.usage", id -> usage.usage(id).lines().size()),
                new Read("ClientPortalProjects.team", id -> portal.team(id).size()),
                new Read("project page as PortalProjectView calls", services::pageToday),
                new Read("project page with the batched reads", services::pageBatched));
        List<Operation> out = new ArrayList<>();
        for (Read read : reads) {
            out.add(new Operation("portal: " + read.name(), client,
                    i -> read.of().apply(projectOfClient(bigClient, i)),
                    i -> read.of().apply(bigProject),
                    i -> TenantContext.callIn(small, () -> read.of().apply(smallProject))));
        }
        out.add(new Operation("portal: ClientPortalProjects.home", client, i -> items(portal.home()),
                i -> items(portal.home()), i -> TenantContext.callIn(small, () -> items(portal.home()))));
        return out;
    }

    /** The shown updates and the completed milestones of a project, as its page knows them before asking for more. */
    record Shown(List<UUID> updates, List<UUID> completed) {

        static Shown of(Services services, UUID projectId) {
            return new Shown(services.updates().list(projectId, PageRequest.of(0, UPDATES_SHOWN)).stream()
                    .map(ProjectUpdateView::id).toList(), services.projects().get(projectId).milestones().stream()
                    .filter(MilestoneView::completed).map(MilestoneView::id).toList());
        }
    }

    record Services(Projects projects, Deliverables deliverables, ProjectUpdates updates, ProjectUsage usage,
            SatisfactionCheckins checkins, ClientPortalProjects portal) {

        /** What PortalProjectView.render() calls today, in its order, each its own transaction. */
        int pageToday(UUID projectId) {
            ProjectView project = projects.get(projectId);
            int rows = project.milestones().size() + versions(deliverables.ofProject(projectId));
            for (MilestoneView m : project.milestones()) {
                if (m.completed()) {
                    rows += checkins.myRating(m.id()).isPresent() ? 1 : 0;
                }
            }
            for (ProjectUpdateView u : updates.list(projectId, PageRequest.of(0, UPDATES_SHOWN))) {
                rows += 1 + updates.replies(u.id()).size();
            }
            return rows + usage.usage(projectId).lines().size() + portal.team(projectId).size();
        }

        /** The same page read with one call for the updates and their replies and one for the client's ratings. */
        int pageBatched(UUID projectId) {
            ProjectView project = projects.get(projectId);
            int rows = project.milestones().size() + versions(deliverables.ofProject(projectId))
                    + checkins.myRatings(projectId).size();
            for (ProjectUpdateThread t : updates.listWithReplies(projectId, PageRequest.of(0, UPDATES_SHOWN))) {
                rows += 1 + t.replies().size();
            }
            return rows + usage.usage(projectId).lines().size() + portal.team(projectId).size();
        }
    }

    private static int versions(List<DeliverableView> found) {
        return found.size() + found.stream().mapToInt(d -> d.versions().size()).sum();
    }

    private static int items(PortalProjects home) {
        return home.projects().size() + home.awaitingApproval().size() + home.toDo().size()
                + home.recentUpdates().size() + home.accountTeam().size();
    }

    private static List<Operation> list(ConfigurableApplicationContext context) {
        Projects projects = context.getBean(Projects.class);
        Scope staff = staff();
        List<Operation> out = new ArrayList<>();
        record Filter(String name, IntFunction<ProjectFilter> of) {
        }
        List<Filter> filters = List.of(
                new Filter("unfiltered", i -> ProjectFilter.all()),
                new Filter("status AT_RISK", i -> new ProjectFilter(null, ProjectStatus.AT_RISK, null, false)),
                new Filter("lead", i -> new ProjectFilter(ProjectsData.staff(0, 1 + i % ProjectsData.STAFF), null,
                        null, false)),
                new Filter("client", i -> new ProjectFilter(null, null,
                        ProjectsData.id("client", 0, 1 + (i * 37) % ProjectsData.BIG_CLIENTS), false)),
                new Filter("overdue", i -> new ProjectFilter(null, null, null, true)));
        for (Filter f : filters) {
            out.add(new Operation("list: page of 50, " + f.name(), staff,
                    i -> projects.list(f.of().apply(i), PageRequest.of(0, PAGE)).size(),
                    i -> projects.list(f.of().apply(0), PageRequest.of(0, PAGE)).size(),
                    i -> projects.list(f.of().apply(0), PageRequest.of(0, SMALL_PAGE)).size()));
            out.add(new Operation("list: total, " + f.name(), staff,
                    i -> (int) projects.count(f.of().apply(i)),
                    i -> (int) projects.count(f.of().apply(0)),
                    i -> (int) projects.count(f.of().apply(1))));
        }
        return out;
    }

    private static List<Operation> support(ConfigurableApplicationContext context) {
        SupportRequests support = context.getBean(SupportRequests.class);
        Scope staff = staff();
        record Filter(String name, IntFunction<SupportQueueFilter> of) {
        }
        List<Filter> filters = List.of(
                new Filter("open", i -> SupportQueueFilter.open()),
                new Filter("all", i -> SupportQueueFilter.all()),
                new Filter("open, assigned to one", i -> new SupportQueueFilter(Set.of(SupportState.OPEN), null,
                        ProjectsData.staff(0, 1 + i % ProjectsData.STAFF), null)),
                new Filter("breached, urgent", i -> new SupportQueueFilter(Set.of(), SupportPriority.URGENT, null,
                        true)));
        List<Operation> out = new ArrayList<>();
        for (Filter f : filters) {
            out.add(new Operation("support queue: page of 50 + total, " + f.name(), staff,
                    i -> support.queue(f.of().apply(i), PageRequest.of(0, PAGE)).getNumberOfElements(),
                    i -> support.queue(f.of().apply(0), PageRequest.of(0, PAGE)).getNumberOfElements(),
                    i -> support.queue(f.of().apply(0), PageRequest.of(0, SMALL_PAGE)).getNumberOfElements()));
        }
        return out;
    }

    private static List<Operation> usage(ConfigurableApplicationContext context) {
        ProjectUsage usage = context.getBean(ProjectUsage.class);
        Scope staff = staff();
        // the big firm's retainers: g = 20, 40, ..., 20,000
        // big: a retainer with 300 entries; small: a project with the same quota lines and 10 entries
        return List.of(new Operation("usage vs quota: retainer, 25 entries a month", staff,
                i -> usage.usage(project(ProjectsData.RETAINER_EVERY * (1 + (i * 7) % 1000))).lines().size(),
                i -> usage.usage(project(ProjectsData.BIG_PROJECT)).lines().size(),
                i -> usage.usage(project(ProjectsData.SMALL_PROJECT)).lines().size()));
    }

    private static String measure(Operation op, Statistics stats, int warmup, int iterations) {
        CallTimer.Timings t = CallTimer.time(op.scope(), op.call(), stats, warmup, iterations);
        long big = CallTimer.statementsOf(op.scope(), op.big());
        long small = CallTimer.statementsOf(op.scope(), op.small());
        double p95 = t.percentile(0.95);
        // constant: a big and a small page or project take the same statements, and no call took more (a call may take
        // fewer when it skips a read for an empty page, e.g. the reply counts of a project without updates)
        boolean constant = big == small && t.mostStatements() == big;
        return String.format(Locale.ROOT, "%-50s %7.2f %7.2f %7.2f %9s %10s %9.1f %12s  %s, %s", op.name(),
                t.percentile(0.50), p95, t.max(), t.rows(), t.statements(), t.hibernatePerCall(), big + " / " + small,
                p95 < GOAL_MS ? "met" : "NOT MET", constant ? "constant" : "NOT CONSTANT");
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void printVolumes(Connection admin) throws SQLException {
        String big = "'" + ProjectsData.tenant(0) + "'";
        StringBuilder line = new StringBuilder("Big firm kp-0:");
        for (String table : List.of("project", "project_task", "project_milestone", "project_deliverable",
                "deliverable_version", "project_update", "project_update_reply", "project_time_entry",
                "support_request")) {
            line.append(String.format(Locale.ROOT, " %s %,d;", table,
                    ProjectsData.count(admin, "select count(*) from " + table + " where tenant_id = " + big)));
        }
        System.out.println(line);
        System.out.printf(Locale.ROOT, "All %d firms: %,d projects, %,d time entries%n", ProjectsData.SMALL_FIRMS + 1,
                ProjectsData.count(admin, "select count(*) from project"),
                ProjectsData.count(admin, "select count(*) from project_time_entry"));
    }
}
