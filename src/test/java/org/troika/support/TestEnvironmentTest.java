package org.troika.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * PostgreSQL and browser tests skip themselves where no server or browser is at hand; in CI
 * (.ci/run sets TROIKA_REQUIRE_*) a missing one must fail the run instead of silently skipping them.
 */
class TestEnvironmentTest {

    @Test
    @EnabledIfEnvironmentVariable(named = "TROIKA_REQUIRE_POSTGRES", matches = "1")
    void postgres_tests_have_a_server() {
        assertThat(System.getenv("TROIKA_TEST_PG_URL")).as("TROIKA_TEST_PG_URL").isNotBlank();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "TROIKA_REQUIRE_BROWSER", matches = "1")
    void browser_tests_have_chromium() {
        assertThat(Files.isExecutable(Path.of("/usr/bin/chromium"))).as("/usr/bin/chromium is installed").isTrue();
    }
}
