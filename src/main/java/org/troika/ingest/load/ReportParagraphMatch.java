package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.troika.recommendation.domain.Recommendation;

/**
 * Finds the report paragraph that a database row restates. UPR Info writes a report's recommendation as one row
 * per recommending State, keyed by its own id and with the text lightly edited; the paragraph it comes from
 * names the row's States and holds most of its words. A row is paired only when one paragraph is clearly the best:
 * half of the row's words at least, and ahead of the next candidate, so two near-identical recommendations by the
 * same State are left apart rather than guessed.
 */
final class ReportParagraphMatch {

    /** "98.12", "126.27", "115.3bis": a number as reports print them, not a database's row id. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d{1,4}(?:\\.\\d{1,4})+[a-z]{0,3}");
    static final double MINIMUM_COVERAGE = 0.5;
    private static final double MARGIN = 0.1;

    private record Candidate(Recommendation paragraph, Set<String> words) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    ReportParagraphMatch(List<Recommendation> stored) {
        for (Recommendation r : stored) {
            if (isParagraphNumber(r.paragraph())) {
                candidates.add(new Candidate(r, WordOverlap.words(r.text())));
            }
        }
    }

    static boolean isParagraphNumber(String key) {
        return PARAGRAPH_NUMBER.matcher(key).matches();
    }

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    /**
     * The paragraphs the row restates: the one that names all its States, else, for a row UPR Info joined from
     * several States' identical recommendations, one for each State; empty unless every State's is found.
     */
    List<Recommendation> paragraphsOf(Recommendation row) {
        Set<String> words = WordOverlap.words(row.text());
        Optional<Recommendation> whole = paragraphOf(words, row.recommendingStates());
        if (whole.isPresent() || row.recommendingStates().size() < 2) {
            return whole.stream().toList();
        }
        List<Recommendation> each = new ArrayList<>();
        for (String state : row.recommendingStates()) {
            Optional<Recommendation> one = paragraphOf(words, List.of(state));
            if (one.isEmpty()) {
                return List.of();
            }
            if (!each.contains(one.get())) {
                each.add(one.get());
            }
        }
        return each;
    }

    private Optional<Recommendation> paragraphOf(Set<String> words, List<String> states) {
        if (states.isEmpty()) {
            return Optional.empty();
        }
        // Ranked by how much of the row the paragraph holds, then by how much of the paragraph the row holds:
        // "Ratify CRPD" is all in both "Ratify CRPD" and "Ratify the Optional Protocol to CRPD", but only the
        // first is all in the row.
        Candidate best = null;
        double[] bestScore = {-1, -1};
        double[] secondScore = {-1, -1};
        for (Candidate c : candidates) {
            if (!c.paragraph().recommendingStates().containsAll(states)) {
                continue;
            }
            double[] score = {WordOverlap.coverage(words, c.words()), WordOverlap.coverage(c.words(), words)};
            if (ahead(score, bestScore)) {
                secondScore = bestScore;
                best = c;
                bestScore = score;
            } else if (ahead(score, secondScore)) {
                secondScore = score;
            }
        }
        boolean clear = bestScore[0] - secondScore[0] >= MARGIN || bestScore[1] - secondScore[1] >= MARGIN;
        if (best == null || bestScore[0] < MINIMUM_COVERAGE || !clear) {
            return Optional.empty();
        }
        return Optional.of(best.paragraph());
    }

    private static boolean ahead(double[] score, double[] than) {
        return score[0] > than[0] || (score[0] == than[0] && score[1] > than[1]);
    }
}
