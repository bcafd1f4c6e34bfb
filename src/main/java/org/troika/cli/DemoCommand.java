package org.troika.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.ingest.bundle.Bundle;
import org.troika.ingest.bundle.BundleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the showcase data — Kazakhstan's four Universal Periodic Reviews (2010, 2014, 2019, 2025)",
                "and five source documents about them — then serve the web UI and API.",
                "Loading is idempotent: running demo again on the same data folder changes nothing."})
public class DemoCommand implements Callable<Integer> {

    static final String BUNDLE = "/demo/kazakhstan-upr.json";

    @Mixin
    DataOptions data;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--load-only", description = "Load the showcase data and exit without starting the server.")
    boolean loadOnly;

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext context = loadOnly ? Boot.context(data) : Boot.server(data, port);
        try {
            BundleLoader loader = context.getBean(BundleLoader.class);
            Bundle bundle;
            try (InputStream in = DemoCommand.class.getResourceAsStream(BUNDLE)) {
                if (in == null) {
                    throw new IllegalStateException("the showcase bundle " + BUNDLE + " is missing from this build");
                }
                bundle = loader.read(in, BUNDLE);
            }
            BundleLoader.Loaded loaded = loader.load(bundle);
            System.out.printf("Loaded %s: %d reviews, %d recommendations (%d new, %d updated, %d unchanged), %d source documents.%n",
                    bundle.title(), loaded.reviews(), loaded.inserted() + loaded.updated() + loaded.unchanged(),
                    loaded.inserted(), loaded.updated(), loaded.unchanged(), loaded.documents());
            if (loadOnly) {
                return 0;
            }
            Server.announce(context, port, data);
            Server.awaitShutdown(context);
            return 0;
        } finally {
            if (loadOnly) {
                context.close();
            }
        }
    }
}
