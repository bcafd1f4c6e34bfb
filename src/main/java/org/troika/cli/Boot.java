package org.troika.cli;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.TroikaApplication;

/** Starts the Spring application for a command: without a web server for one-shot commands, with one for serve/demo. */
public final class Boot {

    private Boot() {
    }

    public static ConfigurableApplicationContext context(DataOptions data) {
        return new SpringApplicationBuilder(TroikaApplication.class)
                .web(WebApplicationType.NONE)
                .properties(data.properties())
                .logStartupInfo(false)
                .run();
    }

    public static ConfigurableApplicationContext server(DataOptions data, int port) {
        Map<String, Object> props = new java.util.LinkedHashMap<>(data.properties());
        props.put("server.port", port);
        return new SpringApplicationBuilder(TroikaApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(props)
                .logStartupInfo(false)
                .run();
    }
}
