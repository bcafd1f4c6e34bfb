package org.troika.ingest.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    /** "98.12", "126.27", "1" of a first-cycle list, "115.3bis": a number as reports print them, not a database id. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\d{1,4}(?:\\.\\d{1,4})*[a-z]{0,3}");
    private static final Set<String> FILLER = Set.of("to", "the", "of", "and", "a", "an", "in", "its", "on", "for", "with", "as", "by");
    static final double MINIMUM_COVERAGE = 0.5;
    private static final double MARGIN = 0.1;

    private record Candidate(Recommendation paragraph, Set<String> words) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    ReportParagraphMatch(List<Recommendation> stored) {
        for (Recommendation r : stored) {
            if (isParagraphNumber(r.paragraph())) {
                candidates.add(new Candidate(r, words(r.text())));
            }
        }
    }

    static boolean isParagraphNumber(String key) {
        return PARAGRAPH_NUMBER.matcher(key).matches();
    }

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** The paragraph the row restates, if exactly one fits. */
    Optional<Recommendation> paragraphOf(Recommendation row) {
        if (row.recommendingStates().isEmpty() || isParagraphNumber(row.paragraph())) {
            return Optional.empty();
        }
        Set<String> words = words(row.text());
        Candidate best = null;
        double bestScore = -1;
        double secondScore = -1;
        for (Candidate c : candidates) {
            if (!c.paragraph().recommendingStates().containsAll(row.recommendingStates())) {
                continue;
            }
            double score = coverage(words, c.words());
            if (score > bestScore) {
                secondScore = bestScore;
                best = c;
                bestScore = score;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        if (best == null || bestScore < MINIMUM_COVERAGE || bestScore - secondScore < MARGIN) {
            return Optional.empty();
        }
        return Optional.of(best.paragraph());
    }

    private static double coverage(Set<String> of, Set<String> by) {
        if (of.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : of) {
            if (by.contains(w)) {
                hit++;
            }
        }
        return (double) hit / of.size();
    }

    static Set<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(Arrays.asList(folded.split("[^a-z0-9]+")));
        words.remove("");
        words.removeAll(FILLER);
        return words;
    }
}
