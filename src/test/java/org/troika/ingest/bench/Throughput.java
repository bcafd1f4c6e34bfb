package org.troika.ingest.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.extract.WorkingGroupReportExtractor;

/**
 * Paragraphs per second on one thread: whole reports (finding the section, facts, States and all), and a
 * "paragraphs file" built from the same recommendations, one per line. Warm-up first, then a timed run.
 */
final class Throughput {

    private Throughput() {
    }

    static void measure(WorkingGroupReportExtractor extractor, List<String> reports, double seconds, PrintStream out) {
        String paragraphsFile = paragraphsFile(extractor, reports);
        long chars = reports.stream().mapToLong(String::length).sum();
        out.printf(Locale.ROOT, "corpus: %d reports, %,d characters; paragraphs file: %,d characters%n",
                reports.size(), chars, paragraphsFile.length());
        run(extractor, reports, seconds / 2, null);
        run(extractor, List.of(paragraphsFile), seconds / 4, null);
        out.println();
        out.println("| input | paragraphs/second | ratio to 10,000 | reports/second | MB of text/second | timed run |");
        out.println("|---|---:|---:|---:|---:|---:|");
        run(extractor, reports, seconds, out);
        run(extractor, List.of(paragraphsFile), seconds / 2, out);
    }

    private static void run(WorkingGroupReportExtractor extractor, List<String> texts, double seconds, PrintStream out) {
        long budget = (long) (seconds * 1e9);
        long paragraphs = 0;
        long documents = 0;
        long characters = 0;
        long sink = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (String text : texts) {
                Extraction e = extractor.extract(text);
                paragraphs += e.recommendations().size();
                sink += e.problems().size();
                documents++;
                characters += text.length();
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        if (out != null) {
            double s = elapsed / 1e9;
            double perSecond = paragraphs / s;
            out.printf(Locale.ROOT, "| %s | %,.0f | %.2f | %,.1f | %.1f | %.1f s, %,d paragraphs%s |%n",
                    texts.size() == 1 ? "paragraphs file" : "whole reports", perSecond,
                    perSecond / ExtractionBenchmark.TARGET_PARAGRAPHS_PER_SECOND, documents / s, characters / s / 1e6, s, paragraphs,
                    sink < 0 ? "" : "");
        }
    }

    /** Every extracted recommendation as "118.7 Ratify ... (Argentina);", one after the other. */
    private static String paragraphsFile(WorkingGroupReportExtractor extractor, List<String> reports) {
        StringBuilder sb = new StringBuilder();
        for (String report : reports) {
            for (ExtractedRecommendation r : extractor.extract(report).recommendations()) {
                sb.append(r.paragraph()).append(' ').append(r.text()).append(";\n");
            }
        }
        return sb.toString();
    }
}
