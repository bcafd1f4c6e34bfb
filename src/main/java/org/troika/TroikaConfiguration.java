package org.troika;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.analytics.domain.StatisticsRepository;
import org.troika.analytics.jdbc.JdbcStatisticsRepository;
import org.troika.document.domain.SourceDocumentRepository;
import org.troika.document.jdbc.JdbcSourceDocumentRepository;
import org.troika.recommendation.domain.RecommendationRepository;
import org.troika.recommendation.jdbc.JdbcRecommendationRepository;
import org.troika.review.domain.ReviewRepository;
import org.troika.review.domain.SessionCalendar;
import org.troika.review.jdbc.JdbcReviewRepository;
import org.troika.state.StateRegistry;
import org.troika.state.jdbc.ReferenceDataSync;

/** Wires the framework-free domain and its JDBC adapters; the one place that knows which adapter serves which port. */
@Configuration(proxyBeanMethods = false)
public class TroikaConfiguration {

    @Bean
    StateRegistry stateRegistry() {
        return StateRegistry.bundled();
    }

    @Bean
    SessionCalendar sessionCalendar() {
        return SessionCalendar.bundled();
    }

    /** Schema first, then the reference rows every other table points to. */
    @Bean
    FlywayMigrationStrategy migrateThenSyncReferenceData(DataSource dataSource, StateRegistry states, SessionCalendar sessions) {
        return flyway -> {
            flyway.migrate();
            new ReferenceDataSync(JdbcClient.create(dataSource)).sync(states, sessions);
        };
    }

    @Bean
    ReviewRepository reviewRepository(JdbcClient jdbc) {
        return new JdbcReviewRepository(jdbc);
    }

    @Bean
    RecommendationRepository recommendationRepository(JdbcClient jdbc, JdbcTemplate template) {
        return new JdbcRecommendationRepository(jdbc, template);
    }

    @Bean
    SourceDocumentRepository sourceDocumentRepository(JdbcClient jdbc) {
        return new JdbcSourceDocumentRepository(jdbc);
    }

    @Bean
    StatisticsRepository statisticsRepository(JdbcClient jdbc) {
        return new JdbcStatisticsRepository(jdbc);
    }
}
