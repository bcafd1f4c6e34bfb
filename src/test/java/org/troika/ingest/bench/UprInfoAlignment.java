package org.troika.ingest.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.Extraction;

/**
 * Scores an extraction against UPR Info rows, which have no paragraph numbers and give one row per
 * recommending State (a paragraph with two clauses and two States is two rows). Each row is matched to the
 * extracted recommendation that contains most of its words; a recommendation's expected States are those of
 * the rows matched to it, and its expected text is those rows' texts in document order.
 */
final class UprInfoAlignment {

    private UprInfoAlignment() {
    }

    static DocumentScore score(LabelledReport report, Extraction extraction, LabelErrata errata) {
        List<ExtractedRecommendation> recs = extraction.recommendations();
        List<String> recWords = recs.stream().map(r -> TextNormalisation.words(withoutStateBrackets(r))).toList();
        List<Set<String>> recTokens = recWords.stream().map(UprInfoAlignment::tokens).toList();
        Map<Integer, List<Label>> aligned = new HashMap<>();
        List<String> notes = new ArrayList<>();
        for (Label row : report.labels()) {
            Set<String> rowTokens = tokens(TextNormalisation.words(row.text()));
            int best = -1;
            double bestCoverage = -1;
            double bestJaccard = -1;
            boolean bestStateAgrees = false;
            for (int i = 0; i < recs.size(); i++) {
                int common = 0;
                for (String t : rowTokens) {
                    if (recTokens.get(i).contains(t)) {
                        common++;
                    }
                }
                double coverage = rowTokens.isEmpty() ? 0 : (double) common / rowTokens.size();
                double jaccard = (double) common / (rowTokens.size() + recTokens.get(i).size() - common);
                // Identical texts by different States ("Ratify CRPD (Hungary)" twice) are told apart by the State.
                boolean stateAgrees = recs.get(i).states().containsAll(row.states());
                boolean better = coverage > bestCoverage || (coverage == bestCoverage && (jaccard > bestJaccard
                        || (jaccard == bestJaccard && stateAgrees && !bestStateAgrees)));
                if (better) {
                    bestStateAgrees = stateAgrees;
                    best = i;
                    bestCoverage = coverage;
                    bestJaccard = jaccard;
                }
            }
            if (best < 0 || bestCoverage < AccuracyScorer.leastCoverage()) {
                notes.add("UPR Info row matches no extracted recommendation (" + row.states() + "): " + row.text());
                continue;
            }
            aligned.computeIfAbsent(best, k -> new ArrayList<>()).add(row);
        }
        Tally matched = Tally.NONE;
        Tally texts = Tally.NONE;
        Tally textsAsLabelled = Tally.NONE;
        Tally states = Tally.NONE;
        Tally asLabelled = Tally.NONE;
        Tally responses = Tally.NONE;
        for (int i = 0; i < recs.size(); i++) {
            ExtractedRecommendation e = recs.get(i);
            List<Label> rows = aligned.getOrDefault(i, List.of());
            matched = matched.add(!rows.isEmpty());
            if (rows.isEmpty()) {
                notes.add(e.paragraph() + ": no UPR Info row for this recommendation " + e.states());
            }
            Set<String> union = rows.stream().flatMap(r -> r.states().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> expected = errata.states(report.symbol(), e.paragraph()).orElse(union);
            Set<String> got = new HashSet<>(e.states());
            states = states.add(got.equals(expected));
            asLabelled = asLabelled.add(got.equals(union));
            if (!got.equals(expected)) {
                notes.add(e.paragraph() + ": States " + e.states() + ", UPR Info " + expected);
            }
            String words = recWords.get(i);
            List<Label> ordered = new ArrayList<>(rows);
            ordered.sort(Comparator.comparingInt(r -> positionIn(words, TextNormalisation.words(r.text()))));
            List<String> published = ordered.stream().map(Label::text).toList();
            String expectedWords = joinedWords(errata.texts(report.symbol(), e.paragraph(), published));
            boolean sameText = !rows.isEmpty() && words.equals(expectedWords);
            texts = texts.add(sameText);
            textsAsLabelled = textsAsLabelled.add(!rows.isEmpty() && words.equals(joinedWords(published)));
            if (!sameText && !rows.isEmpty()) {
                notes.add(e.paragraph() + ": words differ\n    extracted: " + words + "\n    UPR Info:  " + expectedWords);
            }
            if (e.response().isPresent() && !rows.isEmpty()) {
                boolean same = rows.stream().allMatch(r -> r.response().equals(e.response()));
                responses = responses.add(same);
                if (!same) {
                    notes.add(e.paragraph() + ": response " + e.response().get() + ", UPR Info "
                            + rows.stream().map(r -> r.response().map(Enum::name).orElse("-")).toList());
                }
            }
        }
        return new DocumentScore(report, report.labels().size(), recs.size(), matched, texts, textsAsLabelled, states, asLabelled,
                responses, Tally.NONE, notes);
    }

    /** The rows' words in document order; a clause made by several States is one UPR Info row per State, with the same text. */
    private static String joinedWords(List<String> rowTexts) {
        return rowTexts.stream().map(TextNormalisation::words).distinct().collect(Collectors.joining(" "));
    }

    /** The recommendation's text without the brackets that name its recommending States. */
    static String withoutStateBrackets(ExtractedRecommendation r) {
        String text = r.text();
        Set<String> names = new HashSet<>(r.stateNames());
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        int open = -1;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && depth++ == 0) {
                open = i;
            } else if (c == ')' && depth > 0 && --depth == 0) {
                String content = text.substring(open + 1, i).replaceAll("\\s+", " ").strip();
                boolean allStates = Arrays.stream(content.split(",")).map(String::strip).allMatch(names::contains) || names.contains(content);
                if (allStates) {
                    out.append(text, copied, open);
                    copied = i + 1;
                }
            }
        }
        out.append(text.substring(copied));
        return out.toString();
    }

    private static int positionIn(String words, String row) {
        String[] t = row.split(" ");
        String head = String.join(" ", Arrays.copyOf(t, Math.min(t.length, 5)));
        int at = words.indexOf(head);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static Set<String> tokens(String words) {
        return words.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(words.split(" ")));
    }
}
