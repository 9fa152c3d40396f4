package io.klien.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The data of {@link ProjectsBenchmark}, generated as the PostgreSQL superuser (who bypasses row-level security and
 * writes every firm's rows with their tenant_id) by {@code insert ... select} over {@code generate_series}, in one
 * transaction; ids are md5 of readable keys ({@link #id}). Firm {@code kp-0} is the big one, {@code kp-1} ..
 * {@code kp-100} hold a hundredth of it each. Per project {@code g} (1..n) of a firm the amounts follow its number, so
 * the benchmark knows a big and a small project without looking:
 * <ul>
 * <li>client {@code 1 + (g - 1) % clients} (2,000 clients in the big firm: 10 projects each), a team of 3 (the lead
 * and two members of the firm's 25 staff), 5 milestones of which {@code min(5, g % 7)} are completed, 10 tasks (4
 * shared with the client, 2 of those the client's own);</li>
 * <li>{@code 1 + (g + 3) % 4} deliverables (2.5 on average) with 2 versions each (changes requested, then approved or
 * in review): 100,000 versions;</li>
 * <li>{@code g % 11} status updates with {@code (j + g) % 3} replies each;</li>
 * <li>retainers ({@code g % 20 = 0}, 1,000 in the big firm): a monthly quota of 40 hours and 2 meetings, 3 revision
 * rounds and 12 deliverables per contract, 300 time entries over the last 12 months (25 a month) and 2 meetings a
 * month; the other projects share 200,000 time entries, a third of them with a quota of 200 hours per contract;</li>
 * <li>50,000 support requests (20% open, a tenth of them breached, one in ten with an attachment).</li>
 * </ul>
 * The big portal project is {@value #BIG_PROJECT} (a retainer: 4 deliverables, 8 versions, 10 updates with 10 replies,
 * 5 completed milestones, 300 time entries), the small one {@value #SMALL_PROJECT} (1 deliverable, 1 update with 1 reply,
 * 1 completed milestone, 10 time entries, and the retainer's quota lines, so that usage reads the same periods).
 * Skipped when the counts match.
 */
final class ProjectsData {

    static final int SMALL_FIRMS = 100;
    static final int BIG_PROJECTS = 20_000;
    static final int BIG_CLIENTS = 2_000;
    static final int BIG_TIME_ENTRIES_OUTSIDE_RETAINERS = 200_000;
    static final int BIG_SUPPORT_REQUESTS = 50_000;
    static final int STAFF = 25;
    static final int TASKS_PER_PROJECT = 10;
    static final int MILESTONES_PER_PROJECT = 5;
    static final int RETAINER_EVERY = 20;
    static final int RETAINER_ENTRIES = 300;
    /** The big firm's sizes divided by this are each small firm's. */
    static final int SMALL_DIVISOR = 100;
    static final int BIG_PROJECT = 1000;
    static final int SMALL_PROJECT = 309;

    /** The tables the benchmark reads (vacuumed and analysed after seeding and before each run). */
    static final String TABLES = "project, project_member, project_milestone, milestone_rating, project_task,"
            + " project_deliverable, deliverable_version, project_update, project_update_reply, project_time_entry,"
            + " project_unit_usage, support_request, document, support_request_attachment";

    private ProjectsData() {
    }

    static UUID tenant(int firm) {
        return Md5Uuid.of("kp-tenant-" + firm);
    }

    static UUID id(String kind, int firm, Object... keys) {
        StringBuilder key = new StringBuilder("kp-").append(kind).append('-').append(firm);
        for (Object k : keys) {
            key.append('-').append(k);
        }
        return Md5Uuid.of(key.toString());
    }

    static String staff(int firm, int n) {
        return "kp-" + firm + "-staff-" + n;
    }

    static String clientUser(int firm, int client) {
        return "kp-" + firm + "-client-" + client;
    }

    /** The client (number) a project of the big firm belongs to. */
    static int clientOf(int project) {
        return 1 + (project - 1) % BIG_CLIENTS;
    }

    /** The lead of a project of the big firm. */
    static int leadOf(int project) {
        return 1 + project % STAFF;
    }

    static void ensureSeeded(Connection admin) throws SQLException {
        long firms = count(admin, "select count(*) from tenant where slug ~ '^kp-[0-9]+$'");
        long projects = count(admin, "select count(*) from project");
        long tasks = count(admin, "select count(*) from project_task");
        long versions = count(admin, "select count(*) from deliverable_version");
        long entries = count(admin, "select count(*) from project_time_entry");
        long requests = count(admin, "select count(*) from support_request");
        long bigProjects = count(admin, "select count(*) from project where tenant_id = '" + tenant(0) + "'");
        long expectedProjects = BIG_PROJECTS + (long) SMALL_FIRMS * (BIG_PROJECTS / SMALL_DIVISOR);
        if (firms == SMALL_FIRMS + 1 && projects == expectedProjects && bigProjects == BIG_PROJECTS && tasks > 0
                && versions > 0 && entries > 0 && requests > 0
                && count(admin, "select count(*) from milestone_rating") > 0) {
            System.out.printf(Locale.ROOT, "Projects data already seeded (%,d firms, %,d projects, %,d tasks, %,d versions,"
                    + " %,d time entries, %,d support requests): skipping the generator%n", firms, projects, tasks,
                    versions, entries, requests);
            return;
        }
        if (projects != 0 || firms != 0) {
            throw new IllegalStateException("The projects data is incomplete (" + firms + " firms, " + projects
                    + " projects); drop the benchmark's database (see benchmarks/README.md) and run again");
        }
        long start = System.nanoTime();
        BenchBackend.inOneTransaction(admin, ProjectsData::seed);
        long vacuum = System.nanoTime();
        try (Statement s = admin.createStatement()) {
            s.execute("vacuum (analyze) tenant, membership, client, client_contact, " + TABLES);
        }
        System.out.printf(Locale.ROOT, "  vacuum (analyze): %.1f s%n", (System.nanoTime() - vacuum) / 1e9);
        System.out.printf(Locale.ROOT, "Seeded the projects data in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void seed(Statement s) throws SQLException {
        int d = SMALL_DIVISOR;
        s.execute("create temp table kp_firm (t int primary key, tid uuid not null, projects int not null,"
                + " clients int not null, requests int not null, entries int not null) on commit drop");
        s.execute("insert into kp_firm select t, md5('kp-tenant-' || t)::uuid,"
                + " case when t = 0 then " + BIG_PROJECTS + " else " + BIG_PROJECTS / d + " end,"
                + " case when t = 0 then " + BIG_CLIENTS + " else " + BIG_CLIENTS / d + " end,"
                + " case when t = 0 then " + BIG_SUPPORT_REQUESTS + " else " + BIG_SUPPORT_REQUESTS / d + " end,"
                + " case when t = 0 then " + BIG_TIME_ENTRIES_OUTSIDE_RETAINERS + " else "
                + BIG_TIME_ENTRIES_OUTSIDE_RETAINERS / d + " end"
                + " from generate_series(0, " + SMALL_FIRMS + ") t");
        step(s, "firms", "insert into tenant (id, slug, name, kind, display_name, locale, time_zone, created_at)"
                + " select tid, 'kp-' || t, 'Projects firm ' || t, (array['LAW_FIRM', 'MARKETING_AGENCY', 'ACCOUNTING_FIRM',"
                + " 'DESIGN_STUDIO'])[1 + t % 4], 'Projects firm ' || t, 'id', 'Asia/Jakarta', now() from kp_firm");
        step(s, "clients", "insert into client (tenant_id, id, name, normalized_name, kind, status, created_at,"
                + " exclusive, service_lines, tags)"
                + " select f.tid, md5('kp-client-' || f.t || '-' || c)::uuid, n.name, lower(n.name), 'ORGANIZATION',"
                + " 'ACTIVE', timestamptz '2020-01-01 00:00Z' + c * interval '1 hour', false, '{}', '{}'"
                + " from kp_firm f cross join lateral generate_series(1, f.clients) c"
                + " cross join lateral (select (array['Maju', 'Jaya', 'Sentosa', 'Nusantara', 'Prima', 'Mitra', 'Sinar',"
                + " 'Abadi'])[1 + c % 8] || ' ' || (array['Teknik', 'Niaga', 'Kreasi', 'Digital', 'Media'])[1 + c % 5]"
                + " || ' ' || c || ' PT' as name) n");
        step(s, "contacts", "insert into client_contact (tenant_id, id, client_id, name, normalized_name, email,"
                + " is_primary, created_at)"
                + " select f.tid, md5('kp-contact-' || f.t || '-' || c)::uuid, md5('kp-client-' || f.t || '-' || c)::uuid,"
                + " 'Contact ' || c, 'contact ' || c, 'contact' || c || '@client.test', true, now()"
                + " from kp_firm f cross join lateral generate_series(1, f.clients) c");
        step(s, "memberships", "insert into membership (tenant_id, id, subject, email, display_name, role, client_id,"
                + " status, created_at, updated_at)"
                + " select f.tid, md5('kp-staff-' || f.t || '-' || i)::uuid, 'kp-' || f.t || '-staff-' || i,"
                + " 'staff' || i || '@firm' || f.t || '.test', (array['Ayu', 'Bima', 'Citra', 'Dimas', 'Eka'])[1 + i % 5]"
                + " || ' ' || (array['Santoso', 'Wijaya', 'Halim', 'Kusuma', 'Hartono'])[1 + (i / 5) % 5],"
                + " case when i = 1 then 'TENANT_ADMIN' else 'STAFF' end, null, 'ACTIVE', now(), now()"
                + " from kp_firm f cross join lateral generate_series(1, " + STAFF + ") i"
                + " union all"
                + " select f.tid, md5('kp-client-user-' || f.t || '-' || c)::uuid, 'kp-' || f.t || '-client-' || c,"
                + " 'user' || c || '@client.test', 'Client user ' || c, 'CLIENT',"
                + " md5('kp-client-' || f.t || '-' || c)::uuid, 'ACTIVE', now(), now()"
                + " from kp_firm f cross join lateral generate_series(1, f.clients) c");
        // one row per project with what its children need; b: 16 pseudo-random bytes of the project
        s.execute("create temp table kp_project on commit drop as"
                + " select f.t, f.tid, g, md5('kp-project-' || f.t || '-' || g)::uuid as pid,"
                + " 1 + (g - 1) % f.clients as client, 1 + g % " + STAFF + " as lead, g % " + RETAINER_EVERY + " = 0 as retainer,"
                + " timestamptz '2023-01-02 02:00Z' + (g::float8 / f.projects) * interval '1400 days' as created_at, b"
                + " from kp_firm f cross join lateral generate_series(1, f.projects) g"
                + " cross join lateral (select decode(md5('kp-p-' || f.t || '-' || g), 'hex') as b) k");
        s.execute("alter table kp_project add primary key (t, g)");
        s.execute("analyze kp_project");
        // statuses: ON_TRACK 55%, AT_RISK 12%, OFF_TRACK 5%, ON_HOLD 8%, DONE 20%; a tenth open-ended
        step(s, "projects", "insert into project (tenant_id, id, client_id, kind, title, status, status_reason, starts_on,"
                + " ends_on, budget, lead_subject, created_at, created_by, completed_at)"
                + " select p.tid, p.pid, md5('kp-client-' || p.t || '-' || p.client)::uuid,"
                + " case when p.retainer then 'RETAINER' else (array['MATTER', 'CAMPAIGN', 'ENGAGEMENT', 'ANNUAL_CLOSE',"
                + " 'PROJECT'])[1 + get_byte(p.b, 0) % 5] end,"
                + " (array['Brand refresh', 'Annual audit', 'Tax filing', 'Litigation', 'Website', 'Payroll setup',"
                + " 'Due diligence', 'Campaign'])[1 + get_byte(p.b, 1) % 8] || ' ' || p.g,"
                + " st.status, case when st.status in ('AT_RISK', 'OFF_TRACK', 'ON_HOLD') then 'Waiting for the client''s"
                + " documents' end, p.created_at::date,"
                + " case when get_byte(p.b, 3) < 26 then null else (p.created_at::date + make_interval(months =>"
                + " 3 + get_byte(p.b, 4) % 22))::date end,"
                + " case when p.retainer or p.g = " + SMALL_PROJECT + " then '{\"quotas\": [{\"per\": \"MONTH\", \"unit\": \"HOURS\", \"amount\": 40,"
                + " \"overage\": \"BILLED_AT_RATE\", \"overageRate\": {\"amount\": 750000, \"currency\": \"IDR\"}},"
                + " {\"per\": \"MONTH\", \"unit\": \"MEETINGS\", \"amount\": 2, \"overage\": \"NEEDS_CHANGE_ORDER\","
                + " \"overageRate\": null}, {\"per\": \"CONTRACT\", \"unit\": \"REVISION_ROUNDS\", \"amount\": 3,"
                + " \"overage\": \"NEEDS_CHANGE_ORDER\", \"overageRate\": null}, {\"per\": \"CONTRACT\", \"unit\":"
                + " \"DELIVERABLES\", \"amount\": 12, \"overage\": \"NOT_PROVIDED\", \"overageRate\": null}]}'"
                + " when p.g % 3 = 0 then '{\"quotas\": [{\"per\": \"CONTRACT\", \"unit\": \"HOURS\", \"amount\": 200,"
                + " \"overage\": \"NOT_PROVIDED\", \"overageRate\": null}]}' else '{\"quotas\": []}' end::jsonb,"
                + " 'kp-' || p.t || '-staff-' || p.lead, p.created_at, 'kp-' || p.t || '-staff-' || p.lead,"
                + " case when st.status = 'DONE' then p.created_at + interval '300 days' end"
                + " from kp_project p cross join lateral (select case when get_byte(p.b, 2) < 140 then 'ON_TRACK'"
                + " when get_byte(p.b, 2) < 171 then 'AT_RISK' when get_byte(p.b, 2) < 184 then 'OFF_TRACK'"
                + " when get_byte(p.b, 2) < 204 then 'ON_HOLD' else 'DONE' end as status) st");
        step(s, "team", "insert into project_member (tenant_id, id, project_id, member_subject, role, added_at)"
                + " select p.tid, md5('kp-member-' || p.t || '-' || p.g || '-' || m)::uuid, p.pid,"
                + " 'kp-' || p.t || '-staff-' || (1 + (p.g + (array[0, 7, 13])[m]) % " + STAFF + "),"
                + " case when m = 1 then 'LEAD' else 'MEMBER' end, p.created_at + m * interval '1 minute'"
                + " from kp_project p cross join lateral generate_series(1, 3) m");
        step(s, "milestones", "insert into project_milestone (tenant_id, id, project_id, position, title, deliverable,"
                + " due_on, completed_at, completed_by)"
                + " select p.tid, md5('kp-milestone-' || p.t || '-' || p.g || '-' || m)::uuid, p.pid, m,"
                + " (array['Kick-off', 'Discovery', 'First draft', 'Review', 'Delivery'])[m], m >= 3,"
                + " (p.created_at + m * interval '30 days')::date,"
                + " case when m <= least(5, p.g % 7) then p.created_at + m * interval '29 days' end,"
                + " case when m <= least(5, p.g % 7) then 'kp-' || p.t || '-staff-' || p.lead end"
                + " from kp_project p cross join lateral generate_series(1, " + MILESTONES_PER_PROJECT + ") m");
        // the client's user rated every other completed milestone
        step(s, "milestone ratings", "insert into milestone_rating (tenant_id, id, project_id, milestone_id,"
                + " rater_subject, rater_name, score, comment, rated_at, changed_at)"
                + " select p.tid, md5('kp-rating-' || p.t || '-' || p.g || '-' || m)::uuid, p.pid,"
                + " md5('kp-milestone-' || p.t || '-' || p.g || '-' || m)::uuid, 'kp-' || p.t || '-client-' || p.client,"
                + " 'Client user ' || p.client, 3 + (p.g + m) % 3, case when m = 2 then 'Clear and on time' end,"
                + " p.created_at + m * interval '30 days', p.created_at + m * interval '30 days'"
                + " from kp_project p cross join lateral generate_series(1, least(5, p.g % 7)) m where (p.g + m) % 2 = 0");
        step(s, "tasks", "insert into project_task (tenant_id, id, project_id, milestone_id, title, visibility,"
                + " assignee_subject, assignee_contact_id, due_on, state, created_at, created_by, completed_at, completed_by)"
                + " select p.tid, md5('kp-task-' || p.t || '-' || p.g || '-' || j)::uuid, p.pid,"
                + " md5('kp-milestone-' || p.t || '-' || p.g || '-' || (1 + (j - 1) % 5))::uuid,"
                + " case when j <= 2 then 'Send the signed documents (' || j || ')' else 'Prepare part ' || j end,"
                + " case when j <= 4 then 'SHARED' else 'INTERNAL' end,"
                + " case when j > 2 then 'kp-' || p.t || '-staff-' || (1 + (p.g + j) % " + STAFF + ") end,"
                + " case when j <= 2 then md5('kp-contact-' || p.t || '-' || p.client)::uuid end,"
                + " (p.created_at + j * interval '15 days')::date, x.state, p.created_at + j * interval '1 hour',"
                + " 'kp-' || p.t || '-staff-' || p.lead,"
                + " case when x.state = 'DONE' then p.created_at + j * interval '14 days' end,"
                + " case when x.state = 'DONE' then 'kp-' || p.t || '-staff-' || p.lead end"
                + " from kp_project p cross join lateral generate_series(1, " + TASKS_PER_PROJECT + ") j"
                + " cross join lateral (select case when (1 + (j - 1) % 5) <= least(5, p.g % 7) then 'DONE'"
                + " when get_byte(p.b, 5 + j) < 100 then 'IN_PROGRESS' else 'OPEN' end as state) x");
        step(s, "deliverables", "insert into project_deliverable (tenant_id, id, project_id, milestone_id, title,"
                + " description, created_at, created_by)"
                + " select p.tid, md5('kp-deliv-' || p.t || '-' || p.g || '-' || d)::uuid, p.pid,"
                + " md5('kp-milestone-' || p.t || '-' || p.g || '-' || (1 + d))::uuid,"
                + " (array['Logo files', 'Draft report', 'Final report', 'Filing package'])[d] || ' ' || p.g, null,"
                + " p.created_at + d * interval '1 day', 'kp-' || p.t || '-staff-' || p.lead"
                + " from kp_project p cross join lateral generate_series(1, 1 + (p.g + 3) % 4) d");
        // version 1: changes requested (a revision round); version 2: approved, or in review (2 in 5)
        step(s, "deliverable versions", "insert into deliverable_version (tenant_id, id, deliverable_id, number,"
                + " link_url, sha256, note, state, submitted_at, submitted_by, decided_at, decided_by, decision_comment,"
                + " revision_round)"
                + " select dv.tid, md5('kp-version-' || dv.t || '-' || dv.g || '-' || dv.d || '-' || v)::uuid, dv.did, v,"
                + " 'https://files.example.test/kp/' || dv.t || '/' || dv.g || '/' || dv.d || '/' || v,"
                + " md5('kp-sha-' || dv.g || '-' || dv.d || '-' || v) || md5('kp-sha2-' || dv.g || '-' || dv.d || '-' || v),"
                + " 'Version ' || v, x.state, x.submitted, 'kp-' || dv.t || '-staff-' || dv.lead,"
                + " case when x.state <> 'IN_REVIEW' then x.submitted + interval '2 days' end,"
                + " case when x.state <> 'IN_REVIEW' then 'kp-' || dv.t || '-client-' || dv.client end,"
                + " case when x.state = 'CHANGES_REQUESTED' then 'Please use the new logo' end,"
                + " case when x.state = 'CHANGES_REQUESTED' then dv.d else 0 end"
                + " from (select p.*, d, md5('kp-deliv-' || p.t || '-' || p.g || '-' || d)::uuid as did"
                + "   from kp_project p cross join lateral generate_series(1, 1 + (p.g + 3) % 4) d) dv"
                + " cross join lateral generate_series(1, 2) v"
                + " cross join lateral (select case when v = 1 then 'CHANGES_REQUESTED' when (dv.g + dv.d) % 5 < 2"
                + " then 'IN_REVIEW' else 'APPROVED' end as state,"
                // retainers' reviews fall in the last year (counted in their quota), others' after the project start
                + " case when dv.retainer then now() - interval '360 days' + ((dv.d * 80 + v * 5) % 360) * interval '1 day'"
                + " else dv.created_at + (dv.d * 10 + v * 4) * interval '1 day' end as submitted) x");
        step(s, "status updates", "insert into project_update (tenant_id, id, project_id, author_subject, author_name,"
                + " period_from, period_to, done, next_steps, risks, internal_note, posted_at)"
                + " select p.tid, md5('kp-update-' || p.t || '-' || p.g || '-' || j)::uuid, p.pid,"
                + " 'kp-' || p.t || '-staff-' || p.lead, 'Lead ' || p.lead,"
                + " (p.created_at + (j - 1) * interval '14 days')::date, (p.created_at + j * interval '14 days')::date - 1,"
                + " 'Finished part ' || j || ' of the work and reviewed it with the team.',"
                + " 'Part ' || (j + 1) || ' next.', case when j % 3 = 0 then 'The client''s documents are late.' end,"
                + " case when j % 2 = 0 then 'Watch the budget.' end, p.created_at + j * interval '14 days'"
                + " from kp_project p cross join lateral generate_series(1, p.g % 11) j");
        step(s, "update replies", "insert into project_update_reply (tenant_id, id, update_id, author_subject, author_name,"
                + " from_client, body, created_at)"
                + " select p.tid, md5('kp-reply-' || p.t || '-' || p.g || '-' || j || '-' || k)::uuid,"
                + " md5('kp-update-' || p.t || '-' || p.g || '-' || j)::uuid,"
                + " case when k = 1 then 'kp-' || p.t || '-client-' || p.client else 'kp-' || p.t || '-staff-' || p.lead end,"
                + " case when k = 1 then 'Client user ' || p.client else 'Lead ' || p.lead end, k = 1,"
                + " case when k = 1 then 'Thanks, when is the next part due?' else 'Next Friday.' end,"
                + " p.created_at + j * interval '14 days' + k * interval '3 hours'"
                + " from kp_project p cross join lateral generate_series(1, p.g % 11) j"
                + " cross join lateral generate_series(1, (j + p.g) % 3) k");
        // retainers: 25 entries a month over the last 12 months (300); the rest share f.entries over their first year
        step(s, "time entries (retainers)", "insert into project_time_entry (tenant_id, id, project_id, member_subject,"
                + " work_date, minutes, billable, task_id, note, created_at)"
                + " select p.tid, md5('kp-time-' || p.t || '-' || p.g || '-' || e)::uuid, p.pid,"
                + " 'kp-' || p.t || '-staff-' || (1 + (p.g + (array[0, 7, 13])[1 + e % 3]) % " + STAFF + "),"
                + " current_date - (e - 1) * 365 / " + RETAINER_ENTRIES + ", 30 * (1 + (e * 7 + p.g) % 6), e % 5 <> 0,"
                + " md5('kp-task-' || p.t || '-' || p.g || '-' || (1 + e % 10))::uuid, 'Retainer work', now()"
                + " from kp_project p cross join lateral generate_series(1, " + RETAINER_ENTRIES + ") e where p.retainer");
        // the k-th project that is not a retainer (k from 0) is k + 1 + k / 19
        step(s, "time entries (others)", "insert into project_time_entry (tenant_id, id, project_id, member_subject,"
                + " work_date, minutes, billable, task_id, note, created_at)"
                + " select p.tid, md5('kp-time-' || p.t || '-' || p.g || '-' || e)::uuid, p.pid,"
                + " 'kp-' || p.t || '-staff-' || (1 + (p.g + (array[0, 7, 13])[1 + e % 3]) % " + STAFF + "),"
                + " least(current_date, p.created_at::date + (e * 37) % 365), 15 * (1 + (e * 11 + p.g) % 16), e % 4 <> 0,"
                + " md5('kp-task-' || p.t || '-' || p.g || '-' || (1 + e % 10))::uuid, null, now()"
                + " from kp_firm f cross join lateral generate_series(1, f.entries) e"
                + " cross join lateral (select (e - 1) % (f.projects - f.projects / " + RETAINER_EVERY + ") as k) n"
                + " join kp_project p on p.t = f.t and p.g = n.k + 1 + n.k / " + (RETAINER_EVERY - 1));
        step(s, "meetings", "insert into project_unit_usage (tenant_id, id, project_id, unit, amount, used_on, note,"
                + " logged_by, created_at)"
                + " select p.tid, md5('kp-units-' || p.t || '-' || p.g || '-' || m)::uuid, p.pid, 'MEETINGS', 1,"
                + " current_date - (m - 1) * 15, 'Monthly review', 'kp-' || p.t || '-staff-' || p.lead, now()"
                + " from kp_project p cross join lateral generate_series(1, 24) m where p.retainer");
        // priorities LOW 30%, NORMAL 45%, HIGH 18%, URGENT 7%; states OPEN 20%, RESOLVED 10%, CLOSED 70%
        step(s, "support requests", "insert into support_request (tenant_id, id, number, client_id, project_id, category,"
                + " priority, description, state, raised_by, raised_at, assignee_subject, first_response_due,"
                + " first_responded_at, first_response_breached_at, resolution_due, resolution_breached_at, resolved_at,"
                + " closed_at, reopen_count)"
                + " select f.tid, md5('kp-support-' || f.t || '-' || n)::uuid, n,"
                + " md5('kp-client-' || f.t || '-' || x.client)::uuid,"
                + " case when get_byte(b, 2) < 128 then md5('kp-project-' || f.t || '-' || (x.client + f.clients"
                + " * (get_byte(b, 3) % (f.projects / f.clients))))::uuid end,"
                + " (array['Question', 'Billing', 'Access', 'Change request', 'Complaint'])[1 + get_byte(b, 4) % 5],"
                + " x.priority, 'Request ' || n || ': please look into the invoice and the shared folder.', x.state,"
                + " 'kp-' || f.t || '-client-' || x.client, x.raised,"
                + " case when get_byte(b, 5) < 205 then 'kp-' || f.t || '-staff-' || (1 + get_byte(b, 6) % " + STAFF + ") end,"
                + " x.raised + interval '4 hours',"
                + " case when x.state <> 'OPEN' or get_byte(b, 7) < 180 then x.raised + interval '2 hours' end,"
                + " case when x.breached then x.raised + interval '4 hours' end,"
                + " x.raised + interval '2 days', case when x.breached and get_byte(b, 8) < 128 then x.raised"
                + " + interval '2 days' end,"
                + " case when x.state <> 'OPEN' then x.raised + interval '1 day' end,"
                + " case when x.state = 'CLOSED' then x.raised + interval '2 days' end, 0"
                + " from kp_firm f cross join lateral generate_series(1, f.requests) n"
                + " cross join lateral (select decode(md5('kp-s-' || f.t || '-' || n), 'hex') as b) k"
                + " cross join lateral (select 1 + (get_byte(b, 0) * 256 + get_byte(b, 1)) % f.clients as client,"
                + " case when get_byte(b, 9) < 77 then 'LOW' when get_byte(b, 9) < 192 then 'NORMAL'"
                + " when get_byte(b, 9) < 238 then 'HIGH' else 'URGENT' end as priority,"
                + " case when get_byte(b, 10) < 51 then 'OPEN' when get_byte(b, 10) < 77 then 'RESOLVED'"
                + " else 'CLOSED' end as state, get_byte(b, 11) < 26 as breached,"
                + " now() - ((f.requests - n)::float8 / f.requests) * interval '730 days' as raised) x");
        step(s, "support attachments", "insert into document (tenant_id, id, owner_kind, owner_id, client_id, filename,"
                + " declared_type, type, size_bytes, sha256, uploaded_by, uploaded_at)"
                + " select r.tenant_id, md5('kp-doc-' || r.id)::uuid, 'SUPPORT_REQUEST', r.id, r.client_id,"
                + " 'screenshot-' || r.number || '.png', 'image/png', 'PNG', 48213, md5(r.id::text) || md5(r.number::text),"
                + " r.raised_by, r.raised_at from support_request r where r.number % 10 = 0;"
                + " insert into support_request_attachment (tenant_id, id, request_id, document_id)"
                + " select r.tenant_id, md5('kp-att-' || r.id)::uuid, r.id, md5('kp-doc-' || r.id)::uuid"
                + " from support_request r where r.number % 10 = 0");
    }

    private static void step(Statement s, String what, String sql) throws SQLException {
        long start = System.nanoTime();
        s.execute(sql);
        System.out.printf(Locale.ROOT, "  seeded %s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
