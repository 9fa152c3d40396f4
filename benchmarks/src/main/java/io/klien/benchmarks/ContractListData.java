package io.klien.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.contracts.ContractDraft;
import io.klien.contracts.ContractTerms;
import io.klien.contracts.Contracts;
import io.klien.contracts.Fee;
import io.klien.contracts.Money;
import io.klien.contracts.PaymentSchedule;
import io.klien.contracts.Penalties;
import io.klien.contracts.ScopeItem;
import io.klien.contracts.SignatoryChoice;
import io.klien.contracts.SigningOrder;
import io.klien.contracts.Term;
import io.klien.contracts.Termination;
import io.klien.shared.tenant.TenantContext;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.NewFirm;
import io.klien.tenancy.TenantKind;
import io.klien.tenancy.Tenants;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The data of {@link ContractListBenchmark}: firms {@code clist-0} (50,000 contracts) and {@code clist-1} ..
 * {@code clist-100} (500 each), made through {@link Tenants#create} (so each has its seeded templates), then clients,
 * contacts, contracts and signatories by {@code insert ... select} over {@code generate_series} as the superuser in one
 * transaction. One contract drafted through {@link Contracts#draft} in the firm {@code clist-terms} gives the terms
 * document every seeded contract starts from (so Hibernate reads the seeded JSON exactly as its own). Skipped when the
 * counts match.
 */
final class ContractListData {

    static final int SMALL_FIRMS = 100;
    static final int BIG_CONTRACTS = 50_000;
    static final int SMALL_CONTRACTS = 500;
    static final int BIG_CLIENTS = 5_000;
    static final int SMALL_CLIENTS = 100;
    /** The day the seeded statuses are true on (contracts in force end after it, expired ones before). */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static final String[] TITLE_WORDS = {"Engagement", "Retainer", "Audit", "Advisory", "Litigation", "Bookkeeping",
        "Payroll", "Compliance", "Confidentiality", "Consulting"};
    static final String[] CLIENT_WORDS = {"Maju", "Jaya", "Sentosa", "Nusantara", "Global", "Prima", "Mitra", "Sinar",
        "Abadi", "Makmur", "Sejahtera", "Karya", "Bumi", "Cahaya", "Harapan", "Lestari", "Mandiri", "Utama", "Indah",
        "Agung", "Baru", "Dunia", "Mulia", "Perkasa"};

    private ContractListData() {
    }

    static UUID bigFirm(Connection admin) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("select id from tenant where slug = 'clist-0'");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("firm clist-0 is missing");
            }
            return rs.getObject(1, UUID.class);
        }
    }

    static void ensureSeeded(ConfigurableApplicationContext context, Connection admin) throws SQLException {
        long firms = count(admin, "select count(*) from tenant where slug ~ '^clist-[0-9]+$'");
        long big = count(admin, "select count(*) from contract c join tenant t on t.id = c.tenant_id where t.slug = 'clist-0'");
        long small = count(admin, "select count(*) from contract c join tenant t on t.id = c.tenant_id"
                + " where t.slug ~ '^clist-[0-9]+$' and t.slug <> 'clist-0'");
        long signatories = count(admin, "select count(*) from contract_signatory s join tenant t on t.id = s.tenant_id"
                + " where t.slug ~ '^clist-[0-9]+$'");
        if (firms == SMALL_FIRMS + 1 && big == BIG_CONTRACTS && small == (long) SMALL_FIRMS * SMALL_CONTRACTS
                && signatories > 0) {
            System.out.printf(Locale.ROOT, "Contracts list data already seeded (%,d firms, %,d + %,d contracts, %,d signatories):"
                    + " skipping the generator%n", firms, big, small, signatories);
            return;
        }
        if (big != 0 || small != 0) {
            throw new IllegalStateException("The contracts list data is incomplete (" + big + " + " + small
                    + " contracts); drop the benchmark's database (see benchmarks/README.md) and run again");
        }
        long start = System.nanoTime();
        Tenants tenants = context.getBean(Tenants.class);
        for (int t = 0; t <= SMALL_FIRMS; t++) {
            String slug = "clist-" + t;
            if (count(admin, "select count(*) from tenant where slug = '" + slug + "'") == 0) {
                int n = t;
                TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm(slug,
                        n == 0 ? "Kantor Hukum Besar" : "Firma Kecil " + n, TenantKind.LAW_FIRM, "id", "Asia/Jakarta")));
            }
        }
        System.out.printf(Locale.ROOT, "  created %d firms through Tenants.create: %.1f s%n", SMALL_FIRMS + 1,
                (System.nanoTime() - start) / 1e9);
        String terms = sampleTerms(context, admin);
        admin.setAutoCommit(false);
        try (Statement s = admin.createStatement()) {
            s.execute("create temp table clist_firm (t int primary key, tid uuid not null, body text not null) on commit drop");
            s.execute("insert into clist_firm select substring(slug from 7)::int, id,"
                    + " (select v.body from contract_template_version v where v.tenant_id = tenant.id order by v.number, v.id limit 1)"
                    + " from tenant where slug ~ '^clist-[0-9]+$'");
            String clients = "case when f.t = 0 then " + BIG_CLIENTS + " else " + SMALL_CLIENTS + " end";
            step(s, "clients", "insert into client (tenant_id, id, name, normalized_name, kind, status, created_at,"
                    + " exclusive, service_lines, tags)"
                    + " select f.tid, md5('clist-client-' || f.t || '-' || g)::uuid, n.name, lower(n.name), 'ORGANIZATION',"
                    + " 'ACTIVE', timestamptz '2020-01-01 00:00Z' + g * interval '1 hour', false, '{}', '{}'"
                    + " from clist_firm f cross join lateral generate_series(1, " + clients + ") g"
                    + " cross join lateral (select decode(md5('clist-c-' || f.t || '-' || g), 'hex') as b) k"
                    + " cross join lateral (select " + pick(CLIENT_WORDS, "get_byte(b, 0)") + " || ' ' || "
                    + pick(CLIENT_WORDS, "get_byte(b, 1)") + " || ' '"
                    + " || (array['PT', 'CV', 'Tbk', 'Group', 'Holdings', 'Trading'])[1 + get_byte(b, 2) % 6] as name) n");
            step(s, "contacts", "insert into client_contact (tenant_id, id, client_id, name, normalized_name, email,"
                    + " is_primary, created_at)"
                    + " select f.tid, md5('clist-contact-' || f.t || '-' || g || '-' || j)::uuid,"
                    + " md5('clist-client-' || f.t || '-' || g)::uuid, p.name, lower(p.name),"
                    + " lower(replace(p.name, ' ', '.')) || j || '@example.test', j = 1, now()"
                    + " from clist_firm f cross join lateral generate_series(1, " + clients + ") g"
                    + " cross join lateral generate_series(1, 2) j"
                    + " cross join lateral (select decode(md5('clist-p-' || f.t || '-' || g || '-' || j), 'hex') as b) k"
                    + " cross join lateral (select (array['Budi', 'Siti', 'Agus', 'Dewi', 'Rudi', 'Putri', 'Andi', 'Rina'])"
                    + "[1 + get_byte(b, 0) % 8] || ' ' || (array['Santoso', 'Wijaya', 'Halim', 'Kusuma', 'Hartono',"
                    + " 'Gunawan', 'Lestari', 'Saputra'])[1 + get_byte(b, 1) % 8] as name) p");
            // Statuses by weight (of 256): DRAFT 12%, AWAITING_APPROVAL 3%, SENT 8%, PARTIALLY_SIGNED 5%, SIGNED 4%,
            // ACTIVE 35%, EXPIRING 5%, EXPIRED 15%, TERMINATED 5%, VOIDED 8%. Dates agree with the status on TODAY.
            String today = "date '" + TODAY + "'";
            step(s, "contracts", "insert into contract (tenant_id, id, lineage_id, revision, client_id, title, body, terms,"
                    + " status, signing_order, expires_on, approved_by, approved_at, void_reason, created_by, created_at,"
                    + " sent_at, signed_at, terminated_at, terminated_by, termination_reason, termination_effective)"
                    + " select f.tid, k.cid, k.cid, 1,"
                    + " md5('clist-client-' || f.t || '-' || (1 + (get_byte(b, 0) * 256 + get_byte(b, 1)) % " + clients + "))::uuid,"
                    + " " + pick(TITLE_WORDS, "get_byte(b, 2)") + " || ' agreement ' || extract(year from d.start)::int"
                    + " || case get_byte(b, 3) % 4 when 0 then ' (' || (array['tax', 'corporate', 'employment', 'property'])"
                    + "[1 + get_byte(b, 4) % 4] || ')' else '' end,"
                    + " f.body,"
                    + " jsonb_set(jsonb_set(jsonb_set(cast(? as jsonb), '{term,start}', to_jsonb(array[extract(year from d.start)::int,"
                    + " extract(month from d.start)::int, extract(day from d.start)::int])), '{term,end}',"
                    + " to_jsonb(array[extract(year from d.finish)::int, extract(month from d.finish)::int,"
                    + " extract(day from d.finish)::int])), '{fee,amount,amount}',"
                    + " to_jsonb(((1 + get_byte(b, 9) % 60) * 2500000)::numeric)),"
                    + " st.status, case when get_byte(b, 5) < 64 then 'SEQUENTIAL' else 'PARALLEL' end,"
                    + " (d.created + interval '30 days')::date,"
                    + " case when get_byte(b, 10) < 40 and st.status not in ('DRAFT', 'AWAITING_APPROVAL') then 'clist-partner-1' end,"
                    + " case when get_byte(b, 10) < 40 and st.status not in ('DRAFT', 'AWAITING_APPROVAL') then d.created + interval '1 day' end,"
                    + " case when st.status = 'VOIDED' then 'declined: the client chose another firm' end,"
                    + " 'clist-staff-' || (1 + get_byte(b, 11) % 20), d.created,"
                    + " case when st.status not in ('DRAFT', 'AWAITING_APPROVAL') then d.created + interval '2 days' end,"
                    + " case when st.status in ('SIGNED', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'TERMINATED') then d.created + interval '9 days' end,"
                    + " case when st.status = 'TERMINATED' then (d.finish - 30)::timestamptz end,"
                    + " case when st.status = 'TERMINATED' then 'clist-partner-2' end,"
                    + " case when st.status = 'TERMINATED' then 'the client closed the business line' end,"
                    + " case when st.status = 'TERMINATED' then d.finish end"
                    + " from clist_firm f cross join lateral generate_series(1, case when f.t = 0 then " + BIG_CONTRACTS
                    + " else " + SMALL_CONTRACTS + " end) g"
                    + " cross join lateral (select md5('clist-contract-' || f.t || '-' || g)::uuid as cid,"
                    + " decode(md5('clist-k-' || f.t || '-' || g), 'hex') as b) k"
                    + " cross join lateral (select case when get_byte(b, 6) < 31 then 'DRAFT' when get_byte(b, 6) < 39 then 'AWAITING_APPROVAL'"
                    + " when get_byte(b, 6) < 59 then 'SENT' when get_byte(b, 6) < 72 then 'PARTIALLY_SIGNED'"
                    + " when get_byte(b, 6) < 82 then 'SIGNED' when get_byte(b, 6) < 172 then 'ACTIVE'"
                    + " when get_byte(b, 6) < 185 then 'EXPIRING' when get_byte(b, 6) < 223 then 'EXPIRED'"
                    + " when get_byte(b, 6) < 236 then 'TERMINATED' else 'VOIDED' end as status,"
                    + " (array[12, 12, 24, 36, 6])[1 + get_byte(b, 8) % 5] as months,"
                    + " (get_byte(b, 12) * 256 + get_byte(b, 13)) as r) st"
                    // the term: in force ends after TODAY, expiring within 60 days, over before TODAY, not yet signed starts soon
                    + " cross join lateral (select case st.status"
                    + "   when 'ACTIVE' then " + today + " + 61 + st.r % 700"
                    + "   when 'EXPIRING' then " + today + " + st.r % 60"
                    + "   when 'EXPIRED' then " + today + " - 1 - st.r % 1500"
                    + "   when 'TERMINATED' then " + today + " - 1 - st.r % 1500"
                    + "   when 'VOIDED' then " + today + " - 1 - st.r % 1500"
                    + "   else (" + today + " + 14 + st.r % 60 + make_interval(months => st.months))::date end as finish) e"
                    + " cross join lateral (select case when st.status in ('ACTIVE', 'EXPIRING') then least((e.finish"
                    + " - make_interval(months => st.months))::date, " + today + " - 1) else (e.finish"
                    + " - make_interval(months => st.months))::date end as start) s0"
                    + " cross join lateral (select s0.start,  e.finish, case when st.status in ('DRAFT', 'AWAITING_APPROVAL',"
                    + " 'SENT', 'PARTIALLY_SIGNED') then " + today + " - (st.r % 45) else s0.start - 14 end::timestamptz"
                    + " + (get_byte(b, 14) * 256 + get_byte(b, 15)) % 1440 * interval '1 minute' as created) d", terms);
            // 2 or 3 signatories: the client's primary contact (and its second contact), then a partner of the firm
            step(s, "signatories", "insert into contract_signatory (tenant_id, id, contract_id, position, side,"
                    + " contact_id, member_subject, name, email, status, signed_at, signed_by)"
                    + " select c.tenant_id, md5('clist-sig-' || c.id || '-' || p)::uuid, c.id, p,"
                    + " case when p = n.n then 'FIRM' else 'CLIENT' end,"
                    + " case when p < n.n then cc.id end, case when p = n.n then 'clist-partner-' || (1 + p % 5) end,"
                    + " case when p = n.n then 'Partner ' || (1 + p % 5) else cc.name end,"
                    + " case when p = n.n then 'partner' || (1 + p % 5) || '@firm.test' else cc.email end,"
                    + " case when c.status in ('SIGNED', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'TERMINATED')"
                    + "   or (c.status = 'PARTIALLY_SIGNED' and p = 1) then 'SIGNED' else 'PENDING' end,"
                    + " case when c.status in ('SIGNED', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'TERMINATED')"
                    + "   or (c.status = 'PARTIALLY_SIGNED' and p = 1) then c.sent_at + p * interval '1 day' end,"
                    + " case when c.status in ('SIGNED', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'TERMINATED')"
                    + "   or (c.status = 'PARTIALLY_SIGNED' and p = 1) then 'signer-' || p end"
                    + " from contract c join clist_firm f on f.tid = c.tenant_id"
                    + " cross join lateral (select 2 + get_byte(decode(md5(c.id::text), 'hex'), 0) % 2 as n) n"
                    + " cross join lateral generate_series(1, n.n) p"
                    + " left join lateral (select x.id, x.name, x.email from client_contact x where x.tenant_id = c.tenant_id"
                    + "   and x.client_id = c.client_id order by x.is_primary desc, x.id offset p - 1 limit 1) cc on p < n.n");
            admin.commit();
            admin.setAutoCommit(true);
            long vacuum = System.nanoTime();
            s.execute("vacuum (analyze) client, client_contact, contract, contract_signatory, search_term");
            System.out.printf(Locale.ROOT, "  vacuum (analyze): %.1f s%n", (System.nanoTime() - vacuum) / 1e9);
        } catch (SQLException | RuntimeException e) {
            if (!admin.getAutoCommit()) {
                admin.rollback();
                admin.setAutoCommit(true);
            }
            throw e;
        }
        System.out.printf(Locale.ROOT, "Seeded the contracts list data in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The terms document of one contract drafted through the service (in its own firm), as Hibernate wrote it. */
    private static String sampleTerms(ConfigurableApplicationContext context, Connection admin) throws SQLException {
        String existing = termsOf(admin);
        if (existing != null) {
            return existing;
        }
        Tenants tenants = context.getBean(Tenants.class);
        Clients clients = context.getBean(Clients.class);
        ClientContacts contacts = context.getBean(ClientContacts.class);
        Contracts contracts = context.getBean(Contracts.class);
        UUID firm = TenantContext.callIn(Scope.system(null), () -> tenants.create(new NewFirm("clist-terms",
                "Sample terms", TenantKind.LAW_FIRM, "id", "Asia/Jakarta")).id());
        Scope staff = Scope.member(firm, "clist-staff-1", "TENANT_ADMIN", null, false);
        TenantContext.callIn(staff, () -> {
            UUID client = clients.create("Sample Client PT", ClientKind.ORGANIZATION).id();
            UUID contact = contacts.addContact(client, new ContactDetails("Budi Santoso", "budi@example.test", null,
                    "Director"), true).id();
            UUID template = context.getBean(io.klien.contracts.ContractTemplates.class).list().getFirst().templateId();
            LocalDate start = LocalDate.now().plusDays(14);
            ContractTerms terms = new ContractTerms(List.of(new ScopeItem("Monthly retainer services", null, false)),
                    Fee.monthlyRetainer(Money.of(25_000_000, "IDR")),
                    new PaymentSchedule(PaymentSchedule.Invoicing.MONTHLY_IN_ADVANCE, 14),
                    Term.fixed(start, start.plusYears(1)), List.of(), new Penalties(new BigDecimal("2"), null),
                    new Termination(30, Money.of(25_000_000, "IDR")), true, false);
            return contracts.draft(client, template, new ContractDraft("Sample", null, terms,
                    List.of(SignatoryChoice.clientContact(contact)), SigningOrder.PARALLEL, LocalDate.now().plusDays(30)));
        });
        return termsOf(admin);
    }

    private static String termsOf(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("select c.terms::text from contract c"
                + " join tenant t on t.id = c.tenant_id where t.slug = 'clist-terms' limit 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String pick(String[] words, String index) {
        StringBuilder array = new StringBuilder("(array[");
        for (int i = 0; i < words.length; i++) {
            array.append(i == 0 ? "" : ", ").append('\'').append(words[i]).append('\'');
        }
        return array.append("])[1 + ").append(index).append(" % ").append(words.length).append(']').toString();
    }

    private static void step(Statement s, String what, String sql) throws SQLException {
        long start = System.nanoTime();
        s.execute(sql);
        System.out.printf(Locale.ROOT, "  seeded %s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static void step(Statement s, String what, String sql, String parameter) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement ps = s.getConnection().prepareStatement(sql)) {
            ps.setString(1, parameter);
            ps.executeUpdate();
        }
        System.out.printf(Locale.ROOT, "  seeded %s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
