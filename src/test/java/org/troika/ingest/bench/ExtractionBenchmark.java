package org.troika.ingest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.troika.ingest.extract.AddendumResponse;
import org.troika.ingest.extract.AddendumResponseExtractor;
import org.troika.ingest.extract.AddendumResponses;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.extract.WorkingGroupReportExtractor;
import org.troika.ingest.read.DocumentReaders;
import org.troika.state.StateRegistry;

/**
 * Accuracy and throughput of recommendation extraction, in one run:
 * <ol>
 *   <li>accuracy: every labelled report (see {@link BenchmarkReports}) is read and extracted, and paragraph
 *       numbers, texts, recommending States and responses are compared with the labels, per document;</li>
 *   <li>throughput: the same report texts, already in memory, are extracted again and again on this one
 *       thread — first to warm up, then measured — and recommendation paragraphs per second are reported
 *       against the target of 10,000.</li>
 * </ol>
 * Run with scripts/bench-extraction.sh [--seconds N] [--disagreements FILE].
 */
public final class ExtractionBenchmark {

    static final double TARGET_PARAGRAPHS_PER_SECOND = 10_000;

    public static void main(String[] args) throws IOException {
        double seconds = 10;
        Path disagreements = Path.of("target", "extraction-disagreements.txt");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--disagreements" -> disagreements = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use --seconds N, --disagreements FILE");
            }
        }
        StateRegistry registry = StateRegistry.bundled();
        WorkingGroupReportExtractor extractor = new WorkingGroupReportExtractor(registry);
        AccuracyScorer scorer = new AccuracyScorer(LabelErrata.bundled());
        PrintStream out = System.out;
        out.println("## Extraction accuracy (" + LabelErrata.bundled().size() + " label errata applied where marked)");
        List<DocumentScore> scores = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (LabelledReport report : BenchmarkReports.all(registry)) {
            String text = DocumentReaders.read(report.text()).text();
            texts.add(text);
            Extraction extraction = extractor.extract(text);
            Optional<Extraction> responded = report.addendum().map(a -> new AddendumResponseExtractor(registry)
                    .extract(DocumentReaders.read(a).text()).applyTo(extraction));
            DocumentScore score = scorer.score(report, extraction, responded);
            scores.add(score);
            if (!extraction.problems().isEmpty()) {
                out.println("  problems reported for " + report.symbol() + ": " + extraction.problems());
            }
        }
        printAccuracy(out, scores);
        printAddendumAccuracy(out, registry);
        writeDisagreements(disagreements, scores);
        out.println();
        out.println("## Extraction throughput (one thread)");
        Throughput.measure(extractor, texts, seconds, out);
    }

    private static void printAccuracy(PrintStream out, List<DocumentScore> scores) {
        out.println();
        out.println("| report | labels | labelled | extracted | paragraph numbers | text (with errata) | text (labels as published) | recommending States (with errata) | States (labels as published) | response stated in report |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Tally states = Tally.NONE;
        Tally published = Tally.NONE;
        Tally texts = Tally.NONE;
        Tally textsPublished = Tally.NONE;
        Tally paragraphs = Tally.NONE;
        Tally responses = Tally.NONE;
        int extracted = 0;
        for (DocumentScore s : scores) {
            LabelledReport r = s.report();
            out.printf(Locale.ROOT, "| %s %s | %s | %d | %d | %s | %s | %s | %s | %s | %s |%n", r.symbol(), r.title(), r.labelSource(),
                    s.labelled(), s.extracted(), r.numbered() ? s.paragraphs().percent() : "n/a (" + s.paragraphs().percent() + " matched by a row)",
                    s.texts().percent(), s.textsAsLabelled().percent(), s.states().percent(), s.statesAsLabelled().percent(), s.responses().percent());
            states = states.plus(s.states());
            published = published.plus(s.statesAsLabelled());
            texts = texts.plus(s.texts());
            textsPublished = textsPublished.plus(s.textsAsLabelled());
            responses = responses.plus(s.responses());
            extracted += s.extracted();
            if (r.numbered()) {
                paragraphs = paragraphs.plus(s.paragraphs());
            }
            if (s.afterAddendum().total() > 0) {
                out.printf(Locale.ROOT, "|   ↳ with %s applied | | | | | | | | | all responses %s |%n",
                        r.addendum().map(p -> p.getFileName().toString()).orElse(""), s.afterAddendum().percent());
            }
        }
        out.printf(Locale.ROOT, "| **all** | | | %d | %s | %s | %s | %s | %s | %s |%n", extracted, paragraphs.percent(),
                texts.percent(), textsPublished.percent(), states.percent(), published.percent(), responses.percent());
    }

    /** Slovenia's second-cycle addendum, whose WG report is not at hand: responses alone against the thematic list. */
    private static void printAddendumAccuracy(PrintStream out, StateRegistry registry) throws IOException {
        LabelledReport report = BenchmarkReports.secondCycleAddendum(registry);
        AddendumResponses responses = new AddendumResponseExtractor(registry).extract(DocumentReaders.read(report.text()).text());
        Map<String, AddendumResponse> byParagraph = responses.byParagraph();
        Tally tally = Tally.NONE;
        for (Label label : report.labels()) {
            AddendumResponse a = byParagraph.get(label.paragraph());
            tally = tally.add(a != null && label.response().equals(Optional.of(a.response())));
        }
        out.println();
        out.printf(Locale.ROOT, "Addendum %s (bare serial numbers \"1–5, 14–16\"): responses read for %d recommendations; "
                + "agree with the OHCHR thematic list for %s; problems: %s%n", report.symbol(), byParagraph.size(),
                tally.percent(), responses.problems());
    }

    private static void writeDisagreements(Path file, List<DocumentScore> scores) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (DocumentScore s : scores) {
            sb.append("== ").append(s.report().symbol()).append(' ').append(s.report().title()).append('\n');
            s.disagreements().forEach(d -> sb.append(d).append('\n'));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("Every disagreement is listed in " + file);
    }

    static int paragraphsIn(List<ExtractedRecommendation> recommendations) {
        return recommendations.size();
    }
}
