package org.troika.ingest.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Troika's own bundle format ("troika-bundle/1"): reviews with their recommendations, and source documents
 * with their statements, each citing where it comes from. The demo data ships in this format, and any
 * bundle can be imported. Field names are the JSON keys.
 */
public record Bundle(String format, String title, List<Citation> sources, List<BundleReview> reviews, List<BundleDocument> documents) {

    public static final String FORMAT = "troika-bundle/1";

    public Bundle {
        sources = sources == null ? List.of() : List.copyOf(sources);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Where data in the bundle comes from; {@code id} is what records cite. */
    public record Citation(String id, String citation, String url) {
    }

    public record BundleReview(String state, int session, int cycle, LocalDate date, List<String> troika,
                               Documents documents, Official official, List<BundleRecommendation> recommendations,
                               List<String> sources) {
        public BundleReview {
            troika = troika == null ? List.of() : List.copyOf(troika);
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    public record Documents(String nationalReport, String compilation, String stakeholdersSummary,
                            String workingGroupReport, String addendum) {
    }

    public record Official(int total, int supported, int noted, String source) {
    }

    public record BundleRecommendation(String paragraph, String text, List<String> states, String response,
                                       String responseSource, String sourceSymbol, Integer actionCategory,
                                       Map<String, List<String>> labels) {
        public BundleRecommendation {
            states = states == null ? List.of() : List.copyOf(states);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }
    }

    public record BundleDocument(String type, String title, String author, LocalDate publishedOn, String url,
                                 String symbol, String state, String source, String body, List<BundleStatement> statements) {
        public BundleDocument {
            statements = statements == null ? List.of() : List.copyOf(statements);
        }
    }

    public record BundleStatement(int start, int end, LocalDate statedOn, String state) {
    }
}
