package org.troika.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.load.WordOverlap;

/**
 * Pairs each UPR Info row (one recommending State, the text as UPR Info edited it) with the report
 * paragraph it comes from: among the paragraphs that name the row's State, the one whose words cover
 * the row's words best. What does not pair cleanly is reported, not hidden.
 */
final class UprInfoJoin {

    record Paired(ExtractedRecommendation paragraph, List<UprInfoRows.Row> rows) {
    }

    record Result(List<Paired> paired, List<String> discrepancies) {
    }

    private UprInfoJoin() {
    }

    static Result join(List<ExtractedRecommendation> paragraphs, List<UprInfoRows.Row> rows) {
        Map<ExtractedRecommendation, List<UprInfoRows.Row>> byParagraph = new LinkedHashMap<>();
        paragraphs.forEach(p -> byParagraph.put(p, new ArrayList<>()));
        List<String> discrepancies = new ArrayList<>();
        // Each paragraph's words read once, not once for every row of its States.
        List<Set<String>> paragraphWords = paragraphs.stream().map(p -> WordOverlap.words(p.text())).toList();
        for (UprInfoRows.Row row : rows) {
            Set<String> words = WordOverlap.words(row.text());
            ExtractedRecommendation best = null;
            double bestScore = -1;
            for (int i = 0; i < paragraphs.size(); i++) {
                ExtractedRecommendation p = paragraphs.get(i);
                if (!p.states().contains(row.stateIso3())) {
                    continue;
                }
                double score = WordOverlap.coverage(words, paragraphWords.get(i));
                if (score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
            if (best == null || bestScore < 0.5) {
                discrepancies.add("UPR Info " + row.id() + " (line " + row.line() + ", " + row.stateIso3() + "): no report paragraph"
                        + (best == null ? " names this State" : " matches its text well (best " + best.paragraph() + ", "
                        + Math.round(bestScore * 100) + "%)") + ": " + row.text());
                if (best == null) {
                    continue;
                }
            }
            byParagraph.get(best).add(row);
        }
        List<Paired> paired = new ArrayList<>();
        byParagraph.forEach((p, rs) -> {
            Set<String> rowStates = new HashSet<>();
            rs.forEach(r -> rowStates.add(r.stateIso3()));
            if (!rowStates.equals(new HashSet<>(p.states()))) {
                discrepancies.add("Paragraph " + p.paragraph() + ": report names " + p.states() + ", UPR Info rows name " + rowStates);
            }
            paired.add(new Paired(p, rs));
        });
        return new Result(paired, discrepancies);
    }
}
