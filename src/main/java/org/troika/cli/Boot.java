package org.troika.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.troika.TroikaApplication;

/** Starts the Spring application for a command: without a web server for one-shot commands, with one for serve/demo. */
public final class Boot {

    private Boot() {
    }

    public static ConfigurableApplicationContext context(DataOptions data) {
        Map<String, Object> props = new LinkedHashMap<>(data.properties());
        // A one-shot command prints its own result; the application's progress log belongs to the server.
        props.put("logging.level.org.troika", "WARN");
        return start(WebApplicationType.NONE, props);
    }

    public static ConfigurableApplicationContext server(DataOptions data, int port) {
        Map<String, Object> props = new LinkedHashMap<>(data.properties());
        props.put("server.port", port);
        return start(WebApplicationType.SERVLET, props);
    }

    /**
     * The command line's options go first among the property sources: as mere defaults
     * (SpringApplicationBuilder.properties) they would lose to application.properties, and
     * {@code --data} would be ignored in favour of ~/.troika. They are put in place as soon as the
     * environment exists, before logging reads its levels from it.
     */
    private static ConfigurableApplicationContext start(WebApplicationType type, Map<String, Object> props) {
        return new SpringApplicationBuilder(TroikaApplication.class)
                .web(type)
                .listeners(new CommandLineProperties(props))
                .logStartupInfo(false)
                .run();
    }

    private record CommandLineProperties(Map<String, Object> props)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("troikaCommandLine", props));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
