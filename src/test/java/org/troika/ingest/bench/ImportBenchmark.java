package org.troika.ingest.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.TroikaApplication;
import org.troika.ingest.ImportFacade;
import org.troika.ingest.ImportOptions;
import org.troika.ingest.ImportProgress;
import org.troika.ingest.domain.FileReport;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/**
 * Bulk import: a UPR Info export of N rows made from the real one is imported into an empty embedded H2
 * database and into PostgreSQL (when TROIKA_BENCH_PG_URL is set), then imported again (all unchanged).
 * Reports recommendations per second against the goal of 50,000. Run with scripts/bench-import.sh [--rows N].
 */
public final class ImportBenchmark {

    static final double GOAL = 50_000;

    public static void main(String[] args) throws Exception {
        long rows = 200_000;
        Path work = Path.of("target", "bench-import");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use --rows N, --work DIR");
            }
        }
        PrintStream out = System.out;
        Files.createDirectories(work);
        Path export = SharedData.data("upr_recommendations.csv");
        List<CSVRecord> real = GeneratedUprInfoExport.realRows(export);
        List<String> header = new ArrayList<>(real.get(0).getParser().getHeaderNames());
        Path file = work.resolve("upr-info-" + rows + ".csv");
        long written = GeneratedUprInfoExport.write(real, header, rows, file);
        out.printf(Locale.ROOT, "## Bulk import%n%ninput: %s, %,d rows (%,d real UPR Info rows repeated), %.1f MB; JDK %s, %d cores%n%n",
                file, written, real.size(), Files.size(file) / 1e6, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.println("| database | run | recommendations | stored as | seconds | recommendations/s | ratio to 50,000 |");
        out.println("|---|---|---:|---|---:|---:|---:|");
        Path h2 = work.resolve("h2-" + System.nanoTime());
        run("H2 (embedded file)", Map.of("troika.data-dir", h2.toAbsolutePath().toString()), file, out);
        org.springframework.util.FileSystemUtils.deleteRecursively(h2);
        String pg = System.getenv("TROIKA_BENCH_PG_URL");
        if (pg != null) {
            // A data folder of its own, as H2's: one kept from an earlier run holds a search index, which the import
            // would then update (Lucene indexing of every new recommendation) where H2's fresh folder has none.
            Path pgData = work.resolve("pg-" + System.nanoTime());
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("troika.data-dir", pgData.toAbsolutePath().toString());
            props.put("spring.datasource.url", pg + (pg.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
            props.put("spring.datasource.username", System.getenv().getOrDefault("TROIKA_TEST_PG_USER", "postgres"));
            props.put("spring.datasource.password", System.getenv().getOrDefault("TROIKA_TEST_PG_PASSWORD", ""));
            run("PostgreSQL", props, file, out);
            org.springframework.util.FileSystemUtils.deleteRecursively(pgData);
        } else {
            out.println("| PostgreSQL | not run: TROIKA_BENCH_PG_URL is not set (scripts/bench-import.sh starts a local server) | | | | | |");
        }
    }

    private static void run(String database, Map<String, Object> props, Path file, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TroikaApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .initializers(c -> c.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench", props)))
                .run()) {
            TestData.clean(context.getBean(JdbcClient.class));
            ImportFacade imports = context.getBean(ImportFacade.class);
            for (String run : List.of("first import (empty database)", "same file again (all unchanged)")) {
                long start = System.nanoTime();
                FileReport report = imports.importFiles(List.of(file), ImportOptions.defaults(), ImportProgress.NONE).get(0);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (report.error().isPresent()) {
                    throw new IllegalStateException(report.error().get());
                }
                int n = report.recommendations();
                out.printf(Locale.ROOT, "| %s | %s | %,d | %,d new, %,d unchanged | %.2f | %,.0f | %.2f |%n", database, run, n,
                        report.inserted(), report.unchanged(), seconds, n / seconds, n / seconds / GOAL);
            }
        }
    }
}
