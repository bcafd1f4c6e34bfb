package org.troika.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.export.ExportFormat;
import org.troika.export.RecommendationExporter;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.Response;
import org.troika.state.StateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every recommendation that matches the filters (no cap) to a CSV, JSON or XLSX file.")
public class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--format", required = true, paramLabel = "csv|json|xlsx", description = "File format.")
    String format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "File to write; replaced only once the export succeeded.")
    Path output;

    @Option(names = "--state", paramLabel = "ISO3", description = "Only recommendations made to this State under review.")
    String state;

    @Option(names = "--cycle", paramLabel = "N", description = "Only this UPR cycle (1 = 2008-2011, 2, 3, 4 = 2022-2027).")
    Integer cycle;

    @Option(names = "--response", paramLabel = "supported|noted|pending", description = "Only recommendations with this response.")
    String response;

    @Option(names = "--by", paramLabel = "ISO3", description = "Only recommendations made by this State (alone or jointly).")
    String by;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = ExportFormat.parse(format);
        RecommendationFilter filter = filter();
        Path target = output.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new UserException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        try (ConfigurableApplicationContext context = Boot.context(data)) {
            RecommendationFacade recommendations = context.getBean(RecommendationFacade.class);
            // Write beside the target and move into place, so that a failed export leaves no half-written file.
            Path partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
            long written;
            try (OutputStream out = Files.newOutputStream(partial)) {
                written = context.getBean(RecommendationExporter.class)
                        .write(exportFormat, sink -> recommendations.forEach(filter, sink), out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Exported " + written + (written == 1 ? " recommendation" : " recommendations") + " to " + target);
            out.flush();
        }
        return 0;
    }

    private RecommendationFilter filter() {
        StateRegistry states = StateRegistry.bundled();
        Optional<Response> wanted = Optional.empty();
        if (response != null) {
            wanted = Optional.of(Response.parse(response).filter(r -> !response.isBlank())
                    .orElseThrow(() -> new UserException("unknown --response '" + response + "': use supported, noted or pending")));
        }
        if (cycle != null && cycle < 1) {
            throw new UserException("--cycle must be 1 or more, was " + cycle);
        }
        return new RecommendationFilter(Optional.ofNullable(state).map(s -> states.require(s).iso3()), Optional.ofNullable(cycle),
                Optional.ofNullable(by).map(s -> states.require(s).iso3()), wanted, Optional.empty());
    }
}
