package org.troika.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.troika.search.domain.FieldValues;
import org.troika.search.lucene.LuceneSearchIndex;
import org.troika.state.StateRegistry;

/**
 * The benchmark's Lucene searches alone, on an index {@link SearchBenchmark} left behind ({@code --index}), to profile
 * and compare changes to searching without building the index each time. Figures for docs/benchmarks.md come from
 * {@link SearchBenchmark}, never from here.
 *
 * <pre>scripts/bench-run.sh org.troika.search.bench.SearchOnly INDEX_FOLDER [passes] [warmup] [part of a query's name]</pre>
 * With {@code -DserverWarmUp=SECONDS} in BENCH_JAVA_OPTS, the index's own warm-up searches run first, as in a server.
 */
public final class SearchOnly {

    private SearchOnly() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No index in " + folder + ": run SearchBenchmark with --index first");
        }
        String only = args.length > 3 ? args[3] : "";
        List<BenchQuery> mix = QueryMix.queries().stream().filter(q -> q.name().contains(only)).toList();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, new FieldValues(StateRegistry.bundled()))) {
            long t = System.nanoTime();
            index.search(mix.get(0).lucene());
            System.out.printf(Locale.ROOT, "first search (opening included): %.1f ms%n", (System.nanoTime() - t) / 1e6);
            long warmUps = index.warmUp(Duration.ofSeconds(Integer.getInteger("serverWarmUp", 0)));
            System.out.printf(Locale.ROOT, "server warm-up: %d searches of the index's own words%n", warmUps);
            // The benchmark's own passes; the CPU time of the measured ones (those after the warm-up searches) added up.
            long warmupSearches = (long) warmup * mix.size();
            long[] searches = {0};
            long[] cpu = {0};
            Map<String, long[]> times = SearchBenchmark.run("Lucene", mix, warmup, passes, q -> {
                long cpuStart = os.getProcessCpuTime();
                long total = index.search(q.lucene()).total();
                if (searches[0]++ >= warmupSearches) {
                    cpu[0] += os.getProcessCpuTime() - cpuStart;
                }
                return total;
            });
            times.forEach((name, nanos) -> System.out.printf(Locale.ROOT, "%-50s p50 %6.2f ms  p99 %6.2f ms%n", name,
                    SearchBenchmark.pct(nanos, 50) / 1e6, SearchBenchmark.pct(nanos, 99) / 1e6));
            long[] all = times.values().stream().flatMapToLong(Arrays::stream).toArray();
            System.out.printf(Locale.ROOT, "all %d searches: p50 %.2f ms, p99 %.2f ms; CPU time (all threads) %.2f ms per search%n",
                    all.length, SearchBenchmark.pct(all, 50) / 1e6, SearchBenchmark.pct(all, 99) / 1e6, cpu[0] / 1e6 / all.length);
        }
    }
}
