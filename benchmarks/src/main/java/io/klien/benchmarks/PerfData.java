package io.klien.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The generator of {@link ClientsBenchmark}'s data, as the PostgreSQL superuser (who bypasses row-level security, so
 * it inserts every tenant's rows directly with their tenant_id) with {@code insert ... select} over
 * {@code generate_series}. Tenant 0 is the big one, tenants 1..100 the small ones; ids are md5 of readable keys, so
 * contacts and activities find their client without a lookup. Idempotent: skipped when all counts match, otherwise
 * the benchmark's tables in klien_perf are emptied and seeded again.
 */
final class PerfData {

    static final String[] SEARCH_WORDS = {"Maju", "Jaya", "Sentosa", "Nusantara", "Global", "Prima", "Mitra", "Sinar",
        "Cahaya", "Bintang", "Karya", "Mandiri", "Sejahtera", "Makmur", "Surya", "Atlas", "Summit", "Pioneer", "Vertex",
        "Horizon", "Evergreen", "Pacific", "Phoenix", "Falcon", "Aurora", "Quantum", "Nexus", "Harbor", "Keystone",
        "Logistics", "Consulting", "Holdings", "Digital", "Textiles", "Advisors", "Santoso", "Wijaya", "Schmidt",
        "Müller", "Garcia", "Anderson", "Rahman", "Tanaka", "Dubois", "Kowalski", "Siti", "Budi", "José", "Renée",
        "Andreas", "Olivia", "Kusuma", "Hartono"};

    private static final String FIRST = "array['Maju','Jaya','Sentosa','Abadi','Nusantara','Global','Prima','Mitra','Sinar',"
            + "'Cahaya','Bintang','Karya','Mandiri','Sejahtera','Harapan','Makmur','Indo','Surya','Bumi','Citra','Delta',"
            + "'Omega','Alpha','Nordic','Atlas','Summit','Pioneer','Vertex','Horizon','Evergreen','Silver','Golden','Blue',"
            + "'Green Oak','Pacific','Atlantic','Northern','Southern','Eastern','Royal','Union','Liberty','Crown','Phoenix',"
            + "'Falcon','Orion','Aurora','Zenith','Apex','Quantum','Nexus','Stellar','Lumen','Vista','Cedar','Maple',"
            + "'Willow','Harbor','Bridge','Keystone','Café Lumière','Zürich','São Paulo','Å Strand']";
    private static final String SECOND = "array['Solutions','Consulting','Logistics','Trading','Partners','Holdings',"
            + "'Industries','Digital','Media','Foods','Energy','Textiles','Realty','Legal','Design','Capital','Health',"
            + "'Motors','Systems','Labs','Studio','Ventures','Agency','Advisors','Works','Group','Builders','Pharma',"
            + "'Retail','Travel','Finance','Networks','Marine','Farms','Electric','Printing','Furniture','Apparel',"
            + "'Insurance','Security','Software','& Sons','Brothers','Kreasi','Teknik','Niaga']";
    private static final String FORM = "array['PT','Ltd','GmbH','LLC','Inc.','Tbk','CV','Pte. Ltd.','S.A.','B.V.','','','','','']";
    private static final String GIVEN = "array['Siti','Budi','Andreas','Olivia','José','Renée','Ahmad','Dewi','Putri','Agus',"
            + "'Maria','John','Emma','Liam','Noah','Sofia','Lukas','Chloé','Zoë','Hiro','Yuki','Fatima','Omar','Ana',"
            + "'Pierre','Anja','Jürgen','Björn','Ingrid','Raj','Priya','Wei','Mei','Kevin','Laura','Daniel','Sarah',"
            + "'Rizky','Indah','Eko','Nina','Tomás','Inês','Mateus','Lucía','Elif','Can','Oksana','Piotr']";
    private static final String FAMILY = "array['Santoso','Wijaya','Schmidt','Müller','Garcia','Anderson','Rahman',"
            + "'Tanaka','Dubois','Kowalski','Kusuma','Hartono','Smith','Jones','Nguyen','Tran','Kim','Lee','Martin',"
            + "'Bernard','Rossi','Bianchi','Fischer','Weber','Meyer','Novak','Horvat','Silva','Santos','Pereira',"
            + "'O''Brien','Murphy','Johansson','Nielsen','Virtanen','Yılmaz','Kaya','Sato','Suzuki','Chen','Wang',"
            + "'Li','Gupta','Sharma','Setiawan','Hidayat','Pratama','Saputra','Lestari','Van der Berg','de Jong']";
    private static final String LEGAL_FORMS = "'pt', 'cv', 'tbk', 'persero', 'ud', 'ltd', 'limited', 'llc', 'llp',"
            + " 'plc', 'gmbh', 'ag', 'kg', 'inc', 'incorporated', 'corp', 'corporation', 'sa', 'sarl', 'bv',"
            + " 'nv', 'pte', 'pty', 'srl', 'spa'";

    private PerfData() {
    }

    static UUID tenantId(int index) {
        return md5Uuid("klien-perf-tenant-" + index);
    }

    private static UUID md5Uuid(String key) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = (hi << 8) | (d[i] & 0xff);
                lo = (lo << 8) | (d[i + 8] & 0xff);
            }
            return new UUID(hi, lo);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** io.klien.shared.NormalizedName in SQL, as the backfill of clients-20261122-2 writes it. */
    private static String normalized(String name) {
        String plain = "trim(regexp_replace(regexp_replace(lower(regexp_replace(normalize(" + name
                + ", NFD), '[\\u0300-\\u036f]', '', 'g')), '[.'']', '', 'g'), '[^a-z0-9]+', ' ', 'g'))";
        return "(select coalesce(nullif(array_to_string(array(select t from unnest(string_to_array(p.plain, ' '))"
                + " with ordinality as u(t, i) where t <> '' and t not in (" + LEGAL_FORMS + ") order by i), ' '), ''),"
                + " p.plain) from (select " + plain + " as plain) p)";
    }

    private static int clientsOf(int tenant) {
        return tenant == 0 ? ClientsBenchmark.BIG_CLIENTS : ClientsBenchmark.SMALL_CLIENTS;
    }

    static void ensureSeeded(Connection admin) throws SQLException {
        long expectedClients = ClientsBenchmark.BIG_CLIENTS + (long) ClientsBenchmark.SMALL_TENANTS * ClientsBenchmark.SMALL_CLIENTS;
        long expectedContacts = (long) ClientsBenchmark.BIG_CLIENTS * ClientsBenchmark.BIG_CONTACTS_PER_CLIENT
                + (long) ClientsBenchmark.SMALL_TENANTS * ClientsBenchmark.SMALL_CLIENTS;
        long expectedActivities = (long) ClientsBenchmark.BIG_CLIENTS * ClientsBenchmark.BIG_ACTIVITIES_PER_CLIENT
                + (long) ClientsBenchmark.SMALL_TENANTS * ClientsBenchmark.SMALL_CLIENTS * ClientsBenchmark.SMALL_ACTIVITIES_PER_CLIENT;
        long tenants = count(admin, "select count(*) from tenant where slug like 'perf-%'");
        long clients = count(admin, "select count(*) from client");
        long contacts = count(admin, "select count(*) from client_contact");
        long activities = count(admin, "select count(*) from client_activity");
        long leads = count(admin, "select count(*) from lead");
        if (tenants == ClientsBenchmark.SMALL_TENANTS + 1 && clients == expectedClients && contacts == expectedContacts
                && activities == expectedActivities && leads == ClientsBenchmark.BIG_LEADS) {
            System.out.printf(Locale.ROOT, "Data already seeded (%,d tenants, %,d clients, %,d contacts, %,d activities, %,d leads): skipping the generator%n",
                    tenants, clients, contacts, activities, leads);
            return;
        }
        long start = System.nanoTime();
        admin.setAutoCommit(false);
        try (Statement s = admin.createStatement()) {
            // klien_perf belongs to this benchmark: start from empty tables (a previous seed may have been interrupted)
            s.execute("truncate tenant cascade");
            step(s, "tenants", "insert into tenant (id, slug, name, kind, display_name, created_at)"
                    + " select md5('klien-perf-tenant-' || t)::uuid, 'perf-' || t, 'Perf firm ' || t, 'LAW_FIRM',"
                    + " 'Perf firm ' || t, now() from generate_series(0, " + ClientsBenchmark.SMALL_TENANTS + ") t");
            // per client: 16 pseudo-random bytes b from md5 of its key
            String clientRows = "from generate_series(0, " + ClientsBenchmark.SMALL_TENANTS + ") t"
                    + " cross join lateral generate_series(1, case when t = 0 then " + ClientsBenchmark.BIG_CLIENTS
                    + " else " + ClientsBenchmark.SMALL_CLIENTS + " end) g"
                    + " cross join lateral (select md5('klien-perf-tenant-' || t)::uuid as tid,"
                    + " md5('klien-perf-client-' || t || '-' || g)::uuid as cid,"
                    + " decode(md5('r-' || t || '-' || g), 'hex') as b) k";
            step(s, "clients", "insert into client (tenant_id, id, name, normalized_name, kind, status, created_at,"
                    + " representative_subject, relationship_start, exclusive, service_lines, tags)"
                    + " select tid, cid, n.name, " + normalized("n.name") + ", n.kind,"
                    + " (array['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ONBOARDING','ONBOARDING','PAUSED','FORMER'])[1 + get_byte(b, 4) % 10],"
                    + " timestamptz '2020-01-01 00:00Z' + (get_byte(b, 5) * 256 + get_byte(b, 6)) * interval '30 minutes',"
                    + " case when get_byte(b, 7) < 40 then null else 'perf-staff-' || (1 + get_byte(b, 7) % 25) end,"
                    + " date '2015-01-01' + (get_byte(b, 8) * 16 + get_byte(b, 9) % 16),"
                    + " get_byte(b, 10) < 20,"
                    + " (case get_byte(b, 11) % 5 when 0 then '{}' when 1 then '{Tax}' when 2 then '{Audit,Tax}'"
                    + " when 3 then '{Litigation}' else '{Advisory,Payroll}' end)::text[],"
                    + " (case get_byte(b, 12) % 6 when 1 then '{vip}' when 2 then '{key-account,renewal}'"
                    + " when 3 then '{referral}' when 4 then '{export}' else '{}' end)::text[]"
                    + " " + clientRows
                    + " cross join lateral (select case when get_byte(b, 0) < 64"
                    + " then (" + GIVEN + ")[1 + get_byte(b, 1) % cardinality(" + GIVEN + ")] || ' ' || (" + FAMILY + ")[1 + get_byte(b, 2) % cardinality(" + FAMILY + ")]"
                    + " else trim((" + FIRST + ")[1 + get_byte(b, 1) % cardinality(" + FIRST + ")] || ' ' || (" + SECOND + ")[1 + get_byte(b, 2) % cardinality(" + SECOND + ")]"
                    + " || ' ' || (" + FORM + ")[1 + get_byte(b, 3) % cardinality(" + FORM + ")]) end as name,"
                    + " case when get_byte(b, 0) < 64 then 'INDIVIDUAL' else 'ORGANIZATION' end as kind) n");
            // contacts: the big firm's clients have 2 (the first primary), the small firms' 1
            step(s, "contacts", "insert into client_contact (tenant_id, id, client_id, name, normalized_name, email, phone,"
                    + " role_title, is_primary, created_at)"
                    + " select tid, md5('klien-perf-contact-' || t || '-' || g || '-' || j)::uuid, cid, p.name, " + normalized("p.name") + ","
                    + " case when get_byte(b, 13 + j) < 230 then lower(regexp_replace(p.given, '[^A-Za-z]', '', 'g') || '.'"
                    + " || regexp_replace(p.family, '[^A-Za-z]', '', 'g')) || j || '@' || "
                    + " (array['example.com','mail.test','corp.test','firma.test','kantor.test'])[1 + get_byte(b, 13 + j) % 5] end,"
                    + " '+62 8' || (10000000 + (get_byte(b, 14) * 65536 + get_byte(b, 15) * 256 + j) % 89999999),"
                    + " (array['Director','Finance manager','Owner','Assistant','Legal counsel', null])[1 + (get_byte(b, 12) + j) % 6],"
                    + " j = 1, timestamptz '2020-01-01 00:00Z' + g * interval '1 minute'"
                    + " " + clientRows
                    + " cross join lateral generate_series(1, case when t = 0 then " + ClientsBenchmark.BIG_CONTACTS_PER_CLIENT + " else 1 end) j"
                    + " cross join lateral (select (" + GIVEN + ")[1 + (get_byte(b, 1) + 7 * j) % cardinality(" + GIVEN + ")] as given,"
                    + " (" + FAMILY + ")[1 + (get_byte(b, 3) + 11 * j) % cardinality(" + FAMILY + ")] as family) q"
                    + " cross join lateral (select q.given || ' ' || q.family as name, q.given, q.family) p");
            step(s, "activities", "insert into client_activity (tenant_id, id, client_id, type, occurred_at, author_subject, text)"
                    + " select tid, md5('klien-perf-activity-' || t || '-' || g || '-' || j)::uuid, cid,"
                    + " (array['NOTE','CALL','EMAIL','MEETING','STAGE_CHANGE'])[1 + (get_byte(b, 5) + j) % 5],"
                    + " timestamptz '2021-01-01 00:00Z' + ((get_byte(b, 6) * 256 + get_byte(b, 7)) * 97 + j * 7919) % 2000000 * interval '1 minute',"
                    + " 'perf-staff-' || (1 + (get_byte(b, 8) + j) % 25),"
                    + " (array['Called about the renewal','Sent the engagement letter','Quarterly review meeting',"
                    + "'Asked for the missing documents','Invoice questions answered','Introduced the new account manager',"
                    + "'Follow-up on the proposal','Signed the annual contract'])[1 + (get_byte(b, 9) + j) % 8] || ' (#' || j || ')'"
                    + " " + clientRows
                    + " cross join lateral generate_series(1, case when t = 0 then " + ClientsBenchmark.BIG_ACTIVITIES_PER_CLIENT
                    + " else " + ClientsBenchmark.SMALL_ACTIVITIES_PER_CLIENT + " end) j");
            // a pipeline for the big firm, so global search also scans leads
            step(s, "leads", "insert into lead_stage (tenant_id, id, name, position, kind)"
                    + " select md5('klien-perf-tenant-0')::uuid, md5('klien-perf-stage-' || i)::uuid, s, i, k"
                    + " from unnest(array['New','Qualified','Won','Lost'], array['OPEN','OPEN','WON','LOST']) with ordinality as x(s, k, i);"
                    + " insert into lead (tenant_id, id, name, normalized_name, kind, organization, email, source, owner_subject,"
                    + " stage_id, first_contact_date, created_at)"
                    + " select md5('klien-perf-tenant-0')::uuid, md5('klien-perf-lead-' || g)::uuid, n.name, " + normalized("n.name") + ","
                    + " 'INDIVIDUAL', n.org, lower(regexp_replace(n.name, '[^A-Za-z]', '', 'g')) || g || '@lead.test',"
                    + " (array['REFERRAL','WEBSITE','EVENT','EXISTING_CUSTOMER','OTHER'])[1 + get_byte(b, 4) % 5],"
                    + " 'perf-staff-' || (1 + get_byte(b, 5) % 25), md5('klien-perf-stage-' || (1 + get_byte(b, 6) % 4))::uuid,"
                    + " date '2024-01-01' + get_byte(b, 7), now()"
                    + " from generate_series(1, " + ClientsBenchmark.BIG_LEADS + ") g"
                    + " cross join lateral (select decode(md5('lead-' || g), 'hex') as b) k"
                    + " cross join lateral (select (" + GIVEN + ")[1 + get_byte(b, 1) % cardinality(" + GIVEN + ")] || ' '"
                    + " || (" + FAMILY + ")[1 + get_byte(b, 2) % cardinality(" + FAMILY + ")] as name,"
                    + " (" + FIRST + ")[1 + get_byte(b, 3) % cardinality(" + FIRST + ")] || ' ' || (" + SECOND + ")[1 + get_byte(b, 8) % cardinality(" + SECOND + ")] as org) n");
            admin.commit();
            admin.setAutoCommit(true);
            long vacuum = System.nanoTime();
            s.execute("vacuum (analyze) tenant, client, client_contact, client_activity, lead_stage, lead, search_term");
            System.out.printf(Locale.ROOT, "  vacuum (analyze): %.1f s%n", (System.nanoTime() - vacuum) / 1e9);
        } catch (SQLException | RuntimeException e) {
            if (!admin.getAutoCommit()) {
                admin.rollback();
                admin.setAutoCommit(true);
            }
            throw e;
        }
        System.out.printf(Locale.ROOT, "Seeded klien_perf in %.1f s%n", (System.nanoTime() - start) / 1e9);
        long mismatches = ClientsBenchmark.normalizationMismatches(admin);
        ClientsBenchmark.check(mismatches == 0, mismatches + " seeded normalised names differ from NormalizedName.of");
    }

    private static void step(Statement s, String what, String sql) throws SQLException {
        long start = System.nanoTime();
        s.execute(sql);
        System.out.printf(Locale.ROOT, "  seeded %s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Random clients of the big firm (for the client page). */
    static List<UUID> sampleClients(Connection admin, int n, long seed) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement("select id from client where tenant_id = ?"
                + " order by md5(id::text || ?) limit ?")) {
            ps.setObject(1, tenantId(0));
            ps.setString(2, Long.toString(seed));
            ps.setInt(3, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
