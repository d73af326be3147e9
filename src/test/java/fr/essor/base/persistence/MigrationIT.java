package fr.essor.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * All migrations apply, in order, to an empty database, and leave the four reference cases with their sources and
 * their days in the rollup.
 */
class MigrationIT {

    @Test
    void all_migrations_apply_to_an_empty_database_and_load_the_reference_cases() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

        var result = Flyway.configure().dataSource(empty).locations("classpath:db/migration").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        JdbcTemplate sql = new JdbcTemplate(empty);
        List<Map<String, Object>> cases = sql.queryForList("""
                select d.organisation, d.headcount, d.countries_present, m.active_users, m.registered_users,
                       m.happened_precision, d.source
                from deployment d join measurement m on m.deployment_id = d.id
                where d.reference_case order by d.organisation""");
        assertThat(cases).extracting(row -> row.get("ORGANISATION"))
                .containsExactly("Air France-KLM Cargo", "Alcatel-Lucent", "Carlson Wagonlit Travel", "Orange");
        assertThat(cases).extracting(row -> row.get("ACTIVE_USERS")).containsExactly(1230, null, 9500, 33000);
        assertThat(cases).extracting(row -> row.get("REGISTERED_USERS")).containsExactly(null, 30000, null, null);
        assertThat(cases).extracting(row -> row.get("HAPPENED_PRECISION")).containsOnly("YEAR");
        assertThat(cases).allSatisfy(row -> assertThat((String) row.get("SOURCE")).contains("2012"));
        // V5 emptied the daily rollup and filled it again with the code's own rollup, outside Spring.
        assertThat(sql.queryForList("""
                select a.active_users from activity_day a join deployment d on d.id = a.deployment_id
                where d.reference_case order by d.organisation""", Integer.class)).containsExactly(1230, null, 9500, 33000);
    }
}
