package org.troika.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.ingest.domain.ImportRunLog;
import org.troika.ingest.jdbc.JdbcImportRunLog;

/** The import feature's one adapter: where the audit of imports is kept. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ImportRunLog importRunLog(JdbcClient jdbc, JdbcTemplate template) {
        return new JdbcImportRunLog(jdbc, template);
    }
}
