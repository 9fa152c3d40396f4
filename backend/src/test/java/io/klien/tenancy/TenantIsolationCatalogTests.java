package io.klien.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the catalog, not a list: a new tenant table without the three walls fails here. */
@SpringBootTest
class TenantIsolationCatalogTests {

    @Autowired
    JdbcTemplate jdbc;

    private List<String> tenantTables() {
        return jdbc.queryForList("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1""", String.class);
    }

    @Test
    void thereAreTenantTablesToCheck() {
        assertThat(tenantTables()).contains("client", "membership", "contract_terms_history");
    }

    @Test
    void everyTenantTableHasRowLevelSecurityEnabledAndForced() {
        for (String table : tenantTables()) {
            Map<String, Object> flags = jdbc.queryForMap(
                    "select relrowsecurity, relforcerowsecurity from pg_class where relname = ? and relnamespace = 'public'::regnamespace",
                    table);
            assertThat(flags).as(table).containsEntry("relrowsecurity", true).containsEntry("relforcerowsecurity", true);
        }
    }

    @Test
    void everyTenantTableHasAPolicyOnTheActiveTenant() {
        for (String table : tenantTables()) {
            Integer policies = jdbc.queryForObject("""
                    select count(*) from pg_policy p
                    where p.polrelid = ('public.' || ?)::regclass and p.polcmd = '*'
                      and pg_get_expr(p.polqual, p.polrelid) like '%app.tenant_id%'
                      and pg_get_expr(p.polwithcheck, p.polrelid) like '%app.tenant_id%'""", Integer.class, table);
            assertThat(policies).as("tenant policy on %s", table).isPositive();
        }
    }

    @Test
    void everyTenantTableKeysOnTenantAndId() {
        for (String table : tenantTables()) {
            Boolean keyed = jdbc.queryForObject("""
                    select exists (select 1 from pg_constraint k
                      where k.conrelid = ('public.' || ?)::regclass and k.contype = 'p'
                        and (select attnum from pg_attribute where attrelid = k.conrelid and attname = 'tenant_id') = any (k.conkey))""",
                    Boolean.class, table);
            assertThat(keyed).as("primary key of %s includes tenant_id", table).isTrue();
        }
    }

    @Test
    void everyForeignKeyBetweenTenantTablesIncludesTheTenant() {
        List<Map<String, Object>> foreignKeys = jdbc.queryForList("""
                select k.conname, c.relname as child, p.relname as parent,
                  (select attnum from pg_attribute where attrelid = k.conrelid and attname = 'tenant_id') = any (k.conkey) as child_has,
                  (select attnum from pg_attribute where attrelid = k.confrelid and attname = 'tenant_id') = any (k.confkey) as parent_has
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid
                join pg_class p on p.oid = k.confrelid
                where k.contype = 'f' and c.relnamespace = 'public'::regnamespace
                  and exists (select 1 from pg_attribute where attrelid = k.conrelid and attname = 'tenant_id')
                  and exists (select 1 from pg_attribute where attrelid = k.confrelid and attname = 'tenant_id')""");

        assertThat(foreignKeys).as("tenant-to-tenant foreign keys exist to check").isNotEmpty();
        for (Map<String, Object> fk : foreignKeys) {
            assertThat(fk).as("%s from %s to %s", fk.get("conname"), fk.get("child"), fk.get("parent"))
                    .containsEntry("child_has", true).containsEntry("parent_has", true);
        }
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorOwnerNorBypassingSecurity() {
        Map<String, Object> role = jdbc.queryForMap(
                "select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
        Integer owned = jdbc.queryForObject(
                "select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)",
                Integer.class);

        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
        assertThat(owned).isZero();
    }
}
