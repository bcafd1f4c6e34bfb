package org.troika.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web UI and REST API on the data folder (or database) given, and wait.")
public class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext context = Boot.server(data, port);
        Server.announce(context, port, data);
        Server.awaitShutdown(context);
        return 0;
    }
}
