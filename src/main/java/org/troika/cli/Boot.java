package org.troika.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.troika.TroikaApplication;

/** Starts the Spring application for a command: without a web server for one-shot commands, with one for serve/demo. */
public final class Boot {

    private Boot() {
    }

    public static ConfigurableApplicationContext context(DataOptions data) {
        return start(WebApplicationType.NONE, data.properties());
    }

    public static ConfigurableApplicationContext server(DataOptions data, int port) {
        Map<String, Object> props = new LinkedHashMap<>(data.properties());
        props.put("server.port", port);
        return start(WebApplicationType.SERVLET, props);
    }

    /**
     * The command line's options go first among the property sources: as mere defaults
     * (SpringApplicationBuilder.properties) they would lose to application.properties, and
     * {@code --data} would be ignored in favour of ~/.troika.
     */
    private static ConfigurableApplicationContext start(WebApplicationType type, Map<String, Object> props) {
        return new SpringApplicationBuilder(TroikaApplication.class)
                .web(type)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("troikaCommandLine", props)))
                .logStartupInfo(false)
                .run();
    }
}
