package org.troika.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test against the PostgreSQL server named by TROIKA_TEST_PG_URL
 * (start one with {@code eval "$(scripts/postgres-local.sh start)"}; .ci/run does), in a schema of the test
 * context's own ({@link PostgresSchemaPerContext}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresSchemaPerContext.class)
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "TROIKA_TEST_PG_URL", matches = ".+")
public @interface OnPostgres {
}
