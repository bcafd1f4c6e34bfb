package org.troika.recommendation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.support.PostgresSchemaPerContext;

/** Migration V4 moves recommending States and labels from their tables onto the recommendation, on H2 and PostgreSQL. */
class StatesAndLabelsMigrationTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgres");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keeps_every_state_in_order_and_every_label(String database) {
        String schema = PostgresSchemaPerContext.freshSchema("v4_");
        DriverManagerDataSource dataSource = dataSource(database, schema);
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).target("3").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("""
                    INSERT INTO state (iso3, iso2, m49, name, formal_name, un_member) VALUES
                      ('KAZ', 'KZ', '398', 'Kazakhstan', 'Republic of Kazakhstan', TRUE),
                      ('FRA', 'FR', '250', 'France', 'French Republic', TRUE),
                      ('DEU', 'DE', '276', 'Germany', 'Federal Republic of Germany', TRUE)""").update();
            jdbc.sql("INSERT INTO upr_session (session_number, cycle) VALUES (7, 1)").update();
            jdbc.sql("INSERT INTO review (id, state_iso3, session_number) VALUES (1, 'KAZ', 7)").update();
            jdbc.sql("""
                    INSERT INTO recommendation (id, review_id, paragraph, text, response, content_hash) VALUES
                      (10, 1, '95.1', 'Abolish the death penalty', 'NOTED', 'h1'),
                      (11, 1, '95.2', 'Ratify OP-CAT', 'SUPPORTED', 'h2')""").update();
            jdbc.sql("INSERT INTO recommendation_state (recommendation_id, position, state_iso3) VALUES (10, 2, 'FRA'), (10, 1, 'DEU')").update();
            jdbc.sql("""
                    INSERT INTO recommendation_label (recommendation_id, taxonomy, label) VALUES
                      (10, 'UPR_INFO_ISSUE', 'Death penalty'), (10, 'SDG_TARGET', '16.3'), (10, 'UPR_INFO_ISSUE', 'Civil; political rights')""")
                    .update();

            Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();

            JdbcRecommendationRepository repository = new JdbcRecommendationRepository(jdbc, new JdbcTemplate(dataSource));
            Recommendation joint = repository.find(10).orElseThrow();
            assertThat(joint.recommendingStates()).containsExactly("DEU", "FRA");
            assertThat(joint.labels()).containsExactlyInAnyOrder(new Label(Taxonomy.UPR_INFO_ISSUE, "Death penalty"),
                    new Label(Taxonomy.UPR_INFO_ISSUE, "Civil; political rights"), new Label(Taxonomy.SDG_TARGET, "16.3"));
            Recommendation alone = repository.find(11).orElseThrow();
            assertThat(alone.recommendingStates()).isEmpty();
            assertThat(alone.labels()).isEmpty();
        } finally {
            if (database.equals("postgres")) {
                new JdbcTemplate(dataSource).execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static DriverManagerDataSource dataSource(String database, String schema) {
        if (database.equals("h2")) {
            return new DriverManagerDataSource("jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS " + schema + "\\;SET SCHEMA " + schema, "sa", "");
        }
        String url = System.getenv("TROIKA_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "TROIKA_TEST_PG_URL is not set");
        return new DriverManagerDataSource(PostgresSchemaPerContext.inSchema(url, schema),
                System.getenv().getOrDefault("TROIKA_TEST_PG_USER", "postgres"), System.getenv().getOrDefault("TROIKA_TEST_PG_PASSWORD", ""));
    }
}
