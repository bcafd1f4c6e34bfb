package org.troika.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troika.ingest.bundle.Bundle;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.extract.ReportFacts;
import org.troika.ingest.extract.WorkingGroupReportExtractor;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.state.StateRegistry;
import org.troika.support.SharedData;

/**
 * Writes the showcase bundle, src/main/resources/demo/kazakhstan-upr.json, from public documents:
 * the 2010 and 2014 Working Group reports through Troika's own extractor (paragraphs, texts, recommending
 * States, responses), paired with the UPR Info database rows (responses the report leaves open, issues,
 * action categories); the official totals of 2019 and 2025 with their press sources; the five seed
 * documents split into statements. Run: scripts/build-demo-bundle.sh. Prints every discrepancy it meets.
 */
public final class DemoBundleBuilder {

    static final String UPR_INFO = "UPR Info database export 2018-07-25";
    static final Path OUTPUT = Path.of("src/main/resources/demo/kazakhstan-upr.json");

    record ReportSpec(String file, String symbol, int session, int cycle) {
    }

    static final List<ReportSpec> REPORTS = List.of(
            new ReportSpec("A_HRC_14_10_Kazakhstan_UPR_WG_report_2010.txt", "A/HRC/14/10", 7, 1),
            new ReportSpec("A_HRC_28_10_Kazakhstan_UPR_WG_report_2014.txt", "A/HRC/28/10", 20, 2));

    public static void main(String[] args) throws Exception {
        List<String> discrepancies = new ArrayList<>();
        Bundle bundle = build(discrepancies);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(OUTPUT.getParent());
        json.writeValue(OUTPUT.toFile(), bundle);
        System.out.println("Wrote " + OUTPUT + ": " + bundle.reviews().size() + " reviews, "
                + bundle.reviews().stream().mapToInt(r -> r.recommendations().size()).sum() + " recommendations, "
                + bundle.documents().size() + " documents");
        System.out.println(discrepancies.size() + " discrepancies:");
        discrepancies.forEach(d -> System.out.println("  " + d));
    }

    /** The bundle as the shared documents give it today; what does not agree goes into {@code discrepancies}. */
    static Bundle build(List<String> discrepancies) throws Exception {
        StateRegistry registry = StateRegistry.bundled();
        WorkingGroupReportExtractor extractor = new WorkingGroupReportExtractor(registry);
        UprInfoRows uprInfo = UprInfoRows.read(SharedData.data("kazakhstan_upr.csv"));
        List<Bundle.BundleReview> reviews = new ArrayList<>();

        for (ReportSpec spec : REPORTS) {
            Extraction extraction = extractor.extract(Files.readString(SharedData.report(spec.file())));
            extraction.problems().forEach(p -> discrepancies.add(spec.symbol() + " " + p));
            UprInfoJoin.Result joined = UprInfoJoin.join(extraction.recommendations(), uprInfo.ofSession(spec.session()));
            joined.discrepancies().forEach(d -> discrepancies.add(spec.symbol() + " " + d));
            List<Bundle.BundleRecommendation> recs = new ArrayList<>();
            for (UprInfoJoin.Paired p : joined.paired()) {
                recs.add(recommendation(spec, p, discrepancies));
            }
            reviews.add(review(spec, extraction.facts(), recs));
        }
        reviews.add(new Bundle.BundleReview("KAZ", 34, 3, LocalDate.of(2019, 11, 7), List.of(),
                new Bundle.Documents("A/HRC/WG.6/34/KAZ/1", "A/HRC/WG.6/34/KAZ/2", "A/HRC/WG.6/34/KAZ/3", "A/HRC/43/10", null),
                new Bundle.Official(245, 214, 31, "Kazakhstan Ministry of Foreign Affairs, as reported by The Astana Times (October 2024)"),
                List.of(), List.of("ASTANA-TIMES-2024")));
        reviews.add(new Bundle.BundleReview("KAZ", 48, 4, LocalDate.of(2025, 1, 23), List.of(),
                new Bundle.Documents("A/HRC/WG.6/48/KAZ/1", "A/HRC/WG.6/48/KAZ/2", "A/HRC/WG.6/48/KAZ/3", null, null),
                new Bundle.Official(294, 259, 35, "Kazakhstan Ministry of Foreign Affairs, as reported by Kazinform and kt.kz (2025)"),
                List.of(), List.of("KAZINFORM-2025")));

        return new Bundle(Bundle.FORMAT, "Kazakhstan in the Universal Periodic Review, 2010-2025", citations(),
                reviews, SeedDocuments.documents(registry));
    }

    private static Bundle.BundleReview review(ReportSpec spec, ReportFacts facts, List<Bundle.BundleRecommendation> recs) {
        if (facts.session().isPresent() && facts.session().get() != spec.session()) {
            throw new IllegalStateException(spec.file() + ": report says session " + facts.session().get() + ", expected " + spec.session());
        }
        return new Bundle.BundleReview("KAZ", spec.session(), spec.cycle(), facts.reviewDate().orElse(null), facts.troika(),
                new Bundle.Documents(facts.nationalReport().orElse(null), facts.compilation().orElse(null),
                        facts.stakeholdersSummary().orElse(null), facts.symbol().orElse(spec.symbol()), null),
                null, recs, List.of(spec.symbol(), "UPR-INFO-2018"));
    }

    /** The report's own response where it gives one; else what the UPR Info rows record. */
    private static Bundle.BundleRecommendation recommendation(ReportSpec spec, UprInfoJoin.Paired p, List<String> discrepancies) {
        var paragraph = p.paragraph();
        Set<String> rowResponses = new LinkedHashSet<>();
        p.rows().forEach(r -> rowResponses.add(Response.parse(r.response()).orElseThrow().name()));
        String response;
        String responseSource;
        if (paragraph.response().isPresent()) {
            response = paragraph.response().get().name();
            responseSource = spec.symbol();
            if (!rowResponses.isEmpty() && !rowResponses.equals(Set.of(response))) {
                discrepancies.add(spec.symbol() + " paragraph " + paragraph.paragraph() + ": report says " + response
                        + ", UPR Info rows say " + rowResponses);
            }
        } else if (rowResponses.size() == 1) {
            response = rowResponses.iterator().next();
            responseSource = UPR_INFO;
        } else {
            response = Response.PENDING.name();
            responseSource = null;
            discrepancies.add(spec.symbol() + " paragraph " + paragraph.paragraph() + ": no response in the report, UPR Info rows say "
                    + rowResponses + " — left pending");
        }
        Set<String> issues = new LinkedHashSet<>();
        Map<Integer, Integer> categories = new LinkedHashMap<>();
        p.rows().forEach(r -> {
            issues.addAll(r.issues());
            if (r.actionCategory() != null) {
                categories.merge(r.actionCategory(), 1, Integer::sum);
            }
        });
        Integer category = categories.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Map<String, List<String>> labels = issues.isEmpty() ? Map.of() : Map.of(Taxonomy.UPR_INFO_ISSUE.name(), List.copyOf(issues));
        return new Bundle.BundleRecommendation(paragraph.paragraph(), paragraph.text(), paragraph.states(),
                response.toLowerCase(java.util.Locale.ROOT), responseSource, spec.symbol(), category, labels);
    }

    private static List<Bundle.Citation> citations() {
        List<Bundle.Citation> c = new ArrayList<>();
        c.add(new Bundle.Citation("A/HRC/14/10", "Report of the Working Group on the Universal Periodic Review: Kazakhstan, "
                + "A/HRC/14/10, 23 March 2010 (recommendations extracted by Troika from the report text)", "https://undocs.org/A/HRC/14/10"));
        c.add(new Bundle.Citation("A/HRC/28/10", "Report of the Working Group on the Universal Periodic Review: Kazakhstan, "
                + "A/HRC/28/10, 10 December 2014 (recommendations extracted by Troika from the report text)", "https://undocs.org/A/HRC/28/10"));
        c.add(new Bundle.Citation("UPR-INFO-2018", UPR_INFO + ": responses the 2010 report leaves to the addendum, "
                + "UPR Info issues and action categories, paired with the report paragraphs by recommending State and text", "https://www.upr-info.org/database/"));
        c.add(new Bundle.Citation("ASTANA-TIMES-2024", "The Astana Times, on the Ministry of Foreign Affairs' account of the 2019 "
                + "recommendations: 214 of 245 supported, 31 noted (October 2024)", "https://astanatimes.com/?p=92557"));
        c.add(new Bundle.Citation("KAZINFORM-2025", "Kazinform (qazinform.com) on the adoption of Kazakhstan's fourth UPR outcome "
                + "at the 59th session of the Human Rights Council; kt.kz, 20 March 2025: 294 recommendations, 259 supported", null));
        for (SeedDocuments.Seed seed : SeedDocuments.SEEDS) {
            c.add(new Bundle.Citation("seed:" + seed.file(), seed.author() + ", “" + seed.title() + "”"
                    + (seed.publishedOn() == null ? "" : ", " + seed.publishedOn()), seed.url()));
        }
        return c;
    }
}
