package org.troika.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchResult;
import org.troika.search.lucene.LuceneSearchIndex;
import org.troika.state.StateRegistry;
import org.troika.support.SharedData;

/**
 * Search at scale (docs/benchmarks.md, "Search"): generates N realistic recommendations from the real UPR Info export,
 * indexes them with Troika's Lucene index (the code path of {@code troika reindex}), loads the same records into
 * PostgreSQL (COPY, tsvector, GIN), then runs the same query mix, facets included, on both and prints p50/p99.
 *
 * <pre>scripts/bench-search.sh [--records N] [--passes P] [--warmup W] [--server-warm-up SECONDS] [--builds B] [--threads T]
 *     [--ram-mb M] [--no-postgres]</pre>
 * {@code --server-warm-up} (default 20, as a server's {@code troika.search.warm-up}) runs the index's own warm-up
 * searches before the mix's passes; 0 measures a JVM that has searched nothing yet. {@code --builds} (default 7) builds
 * the index that many times: first in a fresh JVM, then again in the same one.
 */
public final class SearchBenchmark {

    /**
     * Builds that warm the JVM up, as the mix's warm-up passes do for searches: the first runs while the JIT compiles
     * for 12-16 s of CPU, the second while it still compiles for 4-5 s (each build prints its JIT time).
     */
    private static final int WARM_UP_BUILDS = 2;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int records = Integer.parseInt(opts.getOrDefault("records", "1000000"));
        int passes = Integer.parseInt(opts.getOrDefault("passes", "10"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "3"));
        int threads = Integer.parseInt(opts.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        double ramMb = Double.parseDouble(opts.getOrDefault("ram-mb", "512"));
        int builds = Integer.parseInt(opts.getOrDefault("builds", "7"));
        int serverWarmUp = Integer.parseInt(opts.getOrDefault("server-warm-up", "20"));
        boolean postgres = !opts.containsKey("no-postgres");
        Path folder = Path.of(opts.getOrDefault("index", "target/bench-search-index"));
        long started = System.nanoTime();

        System.out.printf(Locale.ROOT, "Search benchmark, %s%nmachine: %d cores, %s; JDK %s (%s); max heap %d MiB%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);

        StateRegistry states = StateRegistry.bundled();
        RecommendationGenerator generator = new RecommendationGenerator(SharedData.data("upr_recommendations.csv"),
                SharedData.data("upr_sessions.csv"));
        long t = System.nanoTime();
        IndexedRecommendation[] data = new IndexedRecommendation[records];
        IntStream.range(0, records).parallel().forEach(i -> data[i] = IndexedRecommendation.of(generator.generate(i), states));
        System.out.printf(Locale.ROOT, "generated %,d records from %,d real rows in %.1f s; heap with them: %d MiB%n", records,
                generator.sourceRows(), seconds(t), heapMib());
        long textChars = Arrays.stream(data).mapToLong(r -> r.text().length()).sum();
        System.out.printf(Locale.ROOT, "average text: %d characters%n", textChars / records);

        deleteRecursively(folder);
        LuceneSearchIndex index = LuceneSearchIndex.open(folder, new FieldValues(states), ramMb, threads);
        System.out.printf(Locale.ROOT, "%n## Lucene build%n");
        // The first build runs in a fresh JVM (as `troika reindex` does); each later one rebuilds the same index in the
        // same JVM, as a server that has run for a while does (the JIT still compiles during the second: see its time).
        // CPU time beside the wall-clock time: on a machine shared with others, the CPU a build used varies less.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] rates = new double[builds];
        for (int b = 1; b <= builds; b++) {
            t = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            long gc = gcMillis();
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long indexed = index.rebuild(sink -> Arrays.stream(data).forEach(sink));
            double build = seconds(t);
            rates[b - 1] = indexed / build;
            System.out.printf(Locale.ROOT, "build %d of %d (%s): indexed %,d records in %.1f s = %,.0f records/s (%d threads, RAM buffer %.0f MB; CPU %.1f s, of it GC %.1f s; JIT compiling %.1f s)%n",
                    b, builds, b == 1 ? "fresh JVM" : b <= WARM_UP_BUILDS ? "same JVM again, warming up" : "same JVM, warmed", indexed, build, rates[b - 1], threads, ramMb,
                    (os.getProcessCpuTime() - cpu) / 1e9, (gcMillis() - gc) / 1e3,
                    (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit) / 1e3);
        }
        System.out.printf(Locale.ROOT, "index size %,d MiB; heap after build %d MiB (generated records included); RSS %s, peak RSS %s%n",
                index.sizeInBytes() >> 20, heapMib(), proc("VmRSS"), proc("VmHWM"));

        // What a server does after start (SearchConfiguration): searches of the index's own words, not of the mix.
        t = System.nanoTime();
        long warmUps = index.warmUp(Duration.ofSeconds(serverWarmUp));
        System.out.printf(Locale.ROOT, "server warm-up: %,d searches of the index's own words in %.1f s%n", warmUps, seconds(t));

        List<BenchQuery> mix = QueryMix.queries();
        Map<String, long[]> lucene = run("Lucene", mix, warmup, passes, q -> {
            SearchResult r = index.search(q.lucene());
            return r.total();
        });
        Map<String, long[]> pg = null;
        Map<String, Long> luceneTotals = new LinkedHashMap<>();
        for (BenchQuery q : mix) {
            luceneTotals.put(q.name(), index.search(q.lucene()).total());
        }
        Map<String, Long> pgTotals = new LinkedHashMap<>();
        if (postgres) {
            String url = System.getenv("TROIKA_BENCH_PG_URL");
            if (url == null) {
                throw new IllegalStateException("TROIKA_BENCH_PG_URL is not set: run through scripts/bench-search.sh, or pass --no-postgres");
            }
            try (PostgresFullText pgfts = new PostgresFullText(url, System.getenv().getOrDefault("TROIKA_TEST_PG_USER", "postgres"), "")) {
                double[] load = pgfts.load(records, i -> data[(int) i]);
                System.out.printf(Locale.ROOT, "%n## PostgreSQL %s load%nCOPY %,d records in %.1f s; tsvector + GIN and other indexes in %.1f s%n",
                        pgfts.version(), records, load[0], load[1]);
                pg = run("PostgreSQL", mix, Math.max(1, warmup - 1), passes, pgfts::search);
                for (BenchQuery q : mix) {
                    pgTotals.put(q.name(), pgfts.search(q));
                }
            }
        }
        report(mix, lucene, pg, luceneTotals, pgTotals, rates);
        index.close();
        System.out.printf(Locale.ROOT, "%nwhole run: %.0f s%n", seconds(started));
    }

    @FunctionalInterface
    interface Engine {
        long search(BenchQuery q) throws Exception;
    }

    /** Latencies in nanoseconds per query of the mix, after warm-up passes; the mix is shuffled per pass, the same way each run. */
    static Map<String, long[]> run(String name, List<BenchQuery> mix, int warmup, int passes, Engine engine) throws Exception {
        Map<String, long[]> times = new LinkedHashMap<>();
        mix.forEach(q -> times.put(q.name(), new long[passes]));
        java.util.Random order = new java.util.Random(42);
        for (int p = 0; p < warmup + passes; p++) {
            List<BenchQuery> shuffled = new ArrayList<>(mix);
            java.util.Collections.shuffle(shuffled, order);
            for (BenchQuery q : shuffled) {
                long t = System.nanoTime();
                engine.search(q);
                long elapsed = System.nanoTime() - t;
                if (p >= warmup) {
                    times.get(q.name())[p - warmup] = elapsed;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d warm-up and %d measured passes of %d queries%n", name, warmup, passes, mix.size());
        return times;
    }

    private static void report(List<BenchQuery> mix, Map<String, long[]> lucene, Map<String, long[]> pg,
                               Map<String, Long> luceneTotals, Map<String, Long> pgTotals, double[] buildRates) {
        System.out.println();
        System.out.println("| query (page of 20 + total + 12 facets + snippets) | Lucene hits | Lucene p50 ms | Lucene p99 ms | PostgreSQL hits | PostgreSQL p50 ms | PostgreSQL p99 ms | PG/Lucene (p50) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (BenchQuery q : mix) {
            long[] l = lucene.get(q.name());
            long[] p = pg == null ? null : pg.get(q.name());
            System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %s | %s | %s | %s |%n", q.name(), luceneTotals.get(q.name()),
                    ms(pct(l, 50)), ms(pct(l, 99)), p == null ? "-" : String.format(Locale.ROOT, "%,d", pgTotals.get(q.name())),
                    p == null ? "-" : String.format(Locale.ROOT, "%.1f", ms(pct(p, 50))),
                    p == null ? "-" : String.format(Locale.ROOT, "%.1f", ms(pct(p, 99))),
                    p == null ? "-" : String.format(Locale.ROOT, "%.0fx", (double) pct(p, 50) / pct(l, 50)));
        }
        long[] allL = lucene.values().stream().flatMapToLong(Arrays::stream).toArray();
        System.out.printf(Locale.ROOT, "%nbuild: %,.0f records/s in a fresh JVM", buildRates[0]);
        if (buildRates.length > WARM_UP_BUILDS) {
            double[] warmed = Arrays.copyOfRange(buildRates, WARM_UP_BUILDS, buildRates.length);
            Arrays.sort(warmed);
            System.out.printf(Locale.ROOT, "; warmed (builds %d to %d): median %,.0f, lowest %,.0f records/s", WARM_UP_BUILDS + 1,
                    buildRates.length, warmed[warmed.length / 2], warmed[0]);
        }
        System.out.printf(Locale.ROOT, " (goal: >= 50,000); every build: %s records/s%n", Arrays.stream(buildRates)
                .mapToObj(r -> String.format(Locale.ROOT, "%,.0f", r)).collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "Lucene, all %d searches: p50 %.2f ms, p99 %.2f ms (goal: p50 < 5 ms, p99 < 50 ms)%n",
                allL.length, ms(pct(allL, 50)), ms(pct(allL, 99)));
        if (pg != null) {
            long[] allP = pg.values().stream().flatMapToLong(Arrays::stream).toArray();
            System.out.printf(Locale.ROOT, "PostgreSQL, all %d searches: p50 %.1f ms, p99 %.1f ms%n", allP.length, ms(pct(allP, 50)), ms(pct(allP, 99)));
            System.out.printf(Locale.ROOT, "ratio PostgreSQL/Lucene: p50 %.0fx, p99 %.0fx (goal: >= 10x)%n",
                    (double) pct(allP, 50) / pct(allL, 50), (double) pct(allP, 99) / pct(allL, 99));
        }
    }

    static long pct(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Time the collectors report (their pauses; with the parallel collector, on all cores). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static long heapMib() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() >> 20;
    }

    private static String proc(String key) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith(key + ":")).map(l -> l.substring(key.length() + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            if (name.equals("no-postgres")) {
                opts.put(name, "true");
            } else {
                opts.put(name, args[++i]);
            }
        }
        return opts;
    }
}
