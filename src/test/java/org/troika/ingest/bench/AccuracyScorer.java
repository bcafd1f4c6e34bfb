package org.troika.ingest.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.Extraction;

/** Compares an extraction with the labels of its report, field by field. */
final class AccuracyScorer {

    private static final double LEAST_COVERAGE = 0.6;

    private final LabelErrata errata;

    AccuracyScorer(LabelErrata errata) {
        this.errata = errata;
    }

    DocumentScore score(LabelledReport report, Extraction extraction, Optional<Extraction> afterAddendum) {
        return report.numbered()
                ? numbered(report, extraction, afterAddendum)
                : UprInfoAlignment.score(report, extraction, errata);
    }

    private DocumentScore numbered(LabelledReport report, Extraction extraction, Optional<Extraction> afterAddendum) {
        Map<String, ExtractedRecommendation> byId = byParagraph(extraction);
        Map<String, ExtractedRecommendation> responded = afterAddendum.map(AccuracyScorer::byParagraph).orElse(Map.of());
        List<String> notes = new ArrayList<>();
        Set<String> labelled = new LinkedHashSet<>();
        Tally texts = Tally.NONE;
        Tally textsAsLabelled = Tally.NONE;
        Tally states = Tally.NONE;
        Tally asLabelled = Tally.NONE;
        Tally responses = Tally.NONE;
        Tally addendum = Tally.NONE;
        for (Label label : report.labels()) {
            labelled.add(label.paragraph());
            ExtractedRecommendation e = byId.get(label.paragraph());
            if (e == null) {
                notes.add(label.paragraph() + ": not extracted");
                texts = texts.add(false);
                textsAsLabelled = textsAsLabelled.add(false);
                states = states.add(false);
                asLabelled = asLabelled.add(false);
                continue;
            }
            String extractedText = TextNormalisation.exact(e.text());
            String labelText = TextNormalisation.exact(errata.texts(report.symbol(), label.paragraph(), List.of(label.text())).get(0));
            texts = texts.add(extractedText.equals(labelText));
            textsAsLabelled = textsAsLabelled.add(extractedText.equals(TextNormalisation.exact(label.text())));
            if (!extractedText.equals(labelText)) {
                notes.add(label.paragraph() + ": text differs\n    extracted: " + extractedText + "\n    label:     " + labelText);
            }
            Set<String> expected = errata.states(report.symbol(), label.paragraph()).orElse(label.states());
            Set<String> got = new HashSet<>(e.states());
            states = states.add(got.equals(expected));
            asLabelled = asLabelled.add(got.equals(label.states()));
            if (!got.equals(expected)) {
                notes.add(label.paragraph() + ": States " + e.states() + ", label " + expected);
            }
            if (e.response().isPresent() && label.response().isPresent()) {
                boolean same = e.response().equals(label.response());
                responses = responses.add(same);
                if (!same) {
                    notes.add(label.paragraph() + ": response " + e.response().get() + ", label " + label.response().get());
                }
            }
            if (afterAddendum.isPresent() && label.response().isPresent()) {
                ExtractedRecommendation r = responded.get(label.paragraph());
                boolean same = r != null && r.response().equals(label.response());
                addendum = addendum.add(same);
                if (!same) {
                    notes.add(label.paragraph() + ": response after addendum " + (r == null ? "none" : r.response()) + ", label " + label.response().get());
                }
            }
        }
        Set<String> either = new LinkedHashSet<>(labelled);
        either.addAll(byId.keySet());
        int both = 0;
        for (String id : either) {
            if (labelled.contains(id) && byId.containsKey(id)) {
                both++;
            } else if (!labelled.contains(id)) {
                notes.add(id + ": extracted but not in the labels");
            }
        }
        return new DocumentScore(report, report.labels().size(), extraction.recommendations().size(), new Tally(both, either.size()),
                texts, textsAsLabelled, states, asLabelled, responses, addendum, notes);
    }

    static Map<String, ExtractedRecommendation> byParagraph(Extraction extraction) {
        Map<String, ExtractedRecommendation> map = new LinkedHashMap<>();
        extraction.recommendations().forEach(r -> map.putIfAbsent(r.paragraph(), r));
        return map;
    }

    static double leastCoverage() {
        return LEAST_COVERAGE;
    }
}
