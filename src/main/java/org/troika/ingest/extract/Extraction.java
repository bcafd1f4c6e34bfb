package org.troika.ingest.extract;

import java.util.List;

/** The result of reading one document: facts about the review, the recommendations, and what could not be used. */
public record Extraction(ReportFacts facts, List<ExtractedRecommendation> recommendations, List<ExtractionProblem> problems) {

    public Extraction {
        recommendations = List.copyOf(recommendations);
        problems = List.copyOf(problems);
    }
}
