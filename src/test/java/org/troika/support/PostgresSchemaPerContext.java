package org.troika.support;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each PostgreSQL test context migrates and uses a schema of its own in the test database, dropped when the context
 * closes: two test runs on one server (two checkouts, a run beside a benchmark) never see each other's tables or
 * each other's migrations.
 */
public final class PostgresSchemaPerContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv("TROIKA_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        String schema = freshSchema("test_");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-schema", Map.of(
                "spring.datasource.url", inSchema(url, schema),
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true")));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                new JdbcTemplate(context.getBean(DataSource.class)).execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        });
    }

    /** A schema name no other test run uses. */
    public static String freshSchema(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    /** The JDBC URL of the test database with {@code schema} as its current schema. */
    public static String inSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
