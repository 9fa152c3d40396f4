package io.klien.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL that backfilled normalised names in the migrations computes what the Java code computes. */
@SpringBootTest
class NormalizedNameInSqlTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void theBackfillExpressionOfTheMigrationsMatchesNormalizedName() throws Exception {
        String changelog = new ClassPathResource("db/changelog/clients/clients-20261122-2.yaml")
                .getContentAsString(StandardCharsets.UTF_8);
        String legalForms = changelog.substring(changelog.indexOf("t not in (") + "t not in ".length(),
                changelog.indexOf("order by i)"));
        String sql = """
                select coalesce(nullif(array_to_string(array(
                    select t from unnest(string_to_array(n.plain, ' ')) with ordinality as u(t, i)
                    where t <> '' and t not in %s order by i), ' '), ''), n.plain)
                from (select trim(regexp_replace(regexp_replace(lower(regexp_replace(
                        normalize(?::text, NFD), '[\\u0300-\\u036f]', '', 'g')), '[.'']', '', 'g'),
                        '[^a-z0-9]+', ' ', 'g')) as plain) n""".formatted(legalForms.replaceAll("\\s+", " ").strip());

        for (String name : List.of("PT Maju Jaya", "Maju Jaya, PT.", "Café Ñandú GmbH", "O'Brien & Sons Ltd", "PT",
                "CV Sinar-Terang Tbk", "Élan Vital S.A.")) {
            assertThat(jdbc.queryForObject(sql, String.class, name)).as(name).isEqualTo(NormalizedName.of(name));
        }
        assertThat(changelog).contains("'spa')");
        assertThat(legalForms.split(",")).hasSize(NormalizedName.LEGAL_FORMS.size());
    }
}
