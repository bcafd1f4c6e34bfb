package org.troika.cli;

import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Keeps a started server in the foreground until it is stopped (Ctrl-C). */
final class Server {

    private Server() {
    }

    static void announce(ConfigurableApplicationContext context, int port, DataOptions data) {
        System.out.println("Troika is running at http://localhost:" + port + "/  (API: /api, OpenAPI: /v3/api-docs, Swagger UI: /swagger-ui.html)");
        System.out.println("Data: " + (data.dbUrl != null || System.getenv("TROIKA_DB_URL") != null ? "database " + context.getEnvironment().getProperty("spring.datasource.url") : data.dataDir()));
        System.out.println("Press Ctrl-C to stop.");
    }

    static void awaitShutdown(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
    }
}
