package io.klien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class DatabaseRolesTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void applicationConnectsAsAnUnprivilegedRole() {
        Map<String, Object> role = jdbc.queryForMap("""
                select current_user as name, r.rolsuper, r.rolbypassrls, r.rolcreatedb, r.rolcreaterole
                from pg_roles r where r.rolname = current_user""");

        assertThat(role).containsEntry("name", "klien_app")
                .containsEntry("rolsuper", false)
                .containsEntry("rolbypassrls", false)
                .containsEntry("rolcreatedb", false)
                .containsEntry("rolcreaterole", false);
    }

    @Test
    void applicationRoleOwnsNothingInTheDatabase() {
        Integer owned = jdbc.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relowner = (select oid from pg_roles where rolname = current_user)
                  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_temp%'""",
                Integer.class);
        Integer ownedSchemas = jdbc.queryForObject(
                "select count(*) from pg_namespace where nspowner = (select oid from pg_roles where rolname = current_user)",
                Integer.class);

        assertThat(owned).isZero();
        assertThat(ownedSchemas).isZero();
    }

    @Test
    void applicationRoleCannotCreateOrAlterTables() {
        assertThatThrownBy(() -> jdbc.execute("create table sneaky (id int)"))
                .rootCause().hasMessageContaining("permission denied for schema public");
        assertThatThrownBy(() -> jdbc.execute("alter table user_account add column sneaky int"))
                .rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void liquibaseCreatedTheSchemaAsTheOwnerRole() {
        String owner = jdbc.queryForObject("select tableowner from pg_tables where tablename = 'user_account'",
                String.class);
        Boolean appReadsAccounts = jdbc.queryForObject("select has_table_privilege('user_account', 'select')",
                Boolean.class);
        Boolean appChangesMigrationHistory = jdbc.queryForObject(
                "select has_table_privilege('databasechangelog', 'update')", Boolean.class);

        assertThat(owner).isEqualTo("klien_owner");
        assertThat(appReadsAccounts).isTrue();
        assertThat(appChangesMigrationHistory).isFalse();
    }
}
