package org.troika.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.troika.search.domain.FieldValues;
import org.troika.search.lucene.LuceneSearchIndex;
import org.troika.state.StateRegistry;

/**
 * The benchmark's Lucene searches alone, on an index {@link SearchBenchmark} left behind ({@code --index}), to profile
 * and compare changes to searching without building the index each time. Figures for docs/benchmarks.md come from
 * {@link SearchBenchmark}, never from here.
 *
 * <pre>scripts/bench-run.sh org.troika.search.bench.SearchOnly INDEX_FOLDER [passes] [warmup] [part of a query's name]</pre>
 */
public final class SearchOnly {

    private SearchOnly() {
    }

    public static void main(String[] args) {
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
            long[][] times = new long[mix.size()][passes];
            Random order = new Random(42);
            long cpu = 0;
            for (int p = 0; p < warmup + passes; p++) {
                List<Integer> shuffled = new ArrayList<>();
                for (int i = 0; i < mix.size(); i++) {
                    shuffled.add(i);
                }
                Collections.shuffle(shuffled, order);
                for (int i : shuffled) {
                    long start = System.nanoTime();
                    long cpuStart = os.getProcessCpuTime();
                    index.search(mix.get(i).lucene());
                    if (p >= warmup) {
                        times[i][p - warmup] = System.nanoTime() - start;
                        cpu += os.getProcessCpuTime() - cpuStart;
                    }
                }
            }
            for (int i = 0; i < mix.size(); i++) {
                System.out.printf(Locale.ROOT, "%-50s p50 %6.2f ms  p99 %6.2f ms%n", mix.get(i).name(), pct(times[i], 50), pct(times[i], 99));
            }
            long[] all = Arrays.stream(times).flatMapToLong(Arrays::stream).toArray();
            System.out.printf(Locale.ROOT, "all %d searches: p50 %.2f ms, p99 %.2f ms; CPU time (all threads) %.2f ms per search%n",
                    all.length, pct(all, 50), pct(all, 99), cpu / 1e6 / all.length);
        }
    }

    private static double pct(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
