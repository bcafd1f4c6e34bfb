package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.troika.recommendation.domain.Response;
import org.troika.state.StateRegistry;

/**
 * Finds every recommendation in the text of a Working Group report on a UPR review: its paragraph number,
 * its text, who made it and — where the report says — how the State under review responded. Text that holds
 * only recommendation paragraphs ("118.7 Ratify ... (Argentina);"), without the report around them, is read
 * as such. What cannot be read is reported with its line, never skipped in silence.
 */
public final class WorkingGroupReportExtractor {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0\u2007\u202F]+");
    /** A footnote number printed right after a clause's closing bracket: "(Slovenia);2". */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(\\)\\s?[;.])\\d{1,2}(?=\\s|$)");

    private final RecommendingStates recommendingStates;
    private final ReportFactsReader factsReader;

    public WorkingGroupReportExtractor(StateRegistry registry) {
        this.recommendingStates = new RecommendingStates(registry);
        this.factsReader = new ReportFactsReader(registry);
    }

    public Extraction extract(String text) {
        List<ExtractionProblem> problems = new ArrayList<>();
        ReportStream stream = ReportStream.of(text);
        String s = stream.text();
        Optional<ConclusionsSection> section = ConclusionsSection.in(s);
        ReportFacts facts = section.isPresent()
                ? factsReader.read(text, message -> problems.add(new ExtractionProblem(1, null, message)))
                : ReportFacts.unknown();
        ParagraphNumbers.Split split = section
                .map(c -> ParagraphNumbers.inSection(s, c.start(), c.end()))
                .orElseGet(() -> ParagraphNumbers.inParagraphList(s));
        for (ParagraphNumbers.Gap gap : split.gaps()) {
            problems.add(new ExtractionProblem(stream.lineAt(gap.offset()), gap.found(),
                    "recommendation " + gap.expected() + " is missing: the numbering jumps to " + gap.found()));
        }
        List<ExtractedRecommendation> recommendations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Chapeau chapeau = Chapeau.NO_RESPONSE;
        for (NumberedBlock block : split.blocks()) {
            String raw = block.text(s);
            if (!block.recommendation() || (section.isEmpty() && Chapeau.introducesList(raw))) {
                chapeau = Chapeau.of(raw);
                continue;
            }
            int line = stream.lineAt(block.numberStart());
            if (!seen.add(block.id())) {
                problems.add(new ExtractionProblem(line, block.id(), "paragraph " + block.id() + " appears more than once"));
            }
            recommendations.add(recommendation(block, raw, chapeau, stream, problems));
        }
        if (recommendations.isEmpty()) {
            problems.add(new ExtractionProblem(1, null, section.isPresent()
                    ? "the section 'Conclusions and/or recommendations' holds no numbered recommendations"
                    : "no section 'Conclusions and/or recommendations' and no numbered recommendation paragraphs (such as '118.7 Ratify ...') found"));
        }
        return new Extraction(facts, recommendations, problems);
    }

    private ExtractedRecommendation recommendation(NumberedBlock block, String raw, Chapeau chapeau, ReportStream stream,
                                                   List<ExtractionProblem> problems) {
        int line = stream.lineAt(block.numberStart());
        RecommendingStates.Found found = recommendingStates.in(raw);
        for (RecommendingStates.UnknownName unknown : found.unknown()) {
            problems.add(new ExtractionProblem(stream.lineAt(block.textStart() + unknown.offset()), block.id(),
                    "unknown recommending State '" + unknown.name() + "' (add the name to reference/states.tsv if it is a State)"));
        }
        if (found.iso3().isEmpty() && found.unknown().isEmpty()) {
            problems.add(new ExtractionProblem(line, block.id(), "no recommending State in brackets at the end of the recommendation"));
        }
        Optional<Response> response = switch (chapeau) {
            case SUPPORTED -> Optional.of(Response.SUPPORTED);
            case NOTED -> Optional.of(Response.NOTED);
            case PENDING, NO_RESPONSE -> Optional.empty();
        };
        return new ExtractedRecommendation(block.id(), clean(raw), found.iso3(), found.names(), response, line);
    }

    /** The text as printed, on one line: whitespace collapsed, the list's closing ";" or "." and footnote marks removed. */
    static String clean(String raw) {
        String s = WHITESPACE.matcher(raw).replaceAll(" ").strip();
        s = FOOTNOTE_MARK.matcher(s).replaceAll("$1");
        if (s.endsWith("; and") || s.endsWith("; or")) {
            s = s.substring(0, s.lastIndexOf(';') + 1);
        }
        if (s.endsWith(";") || s.endsWith(",") || (s.endsWith(".") && s.length() > 1 && s.charAt(s.length() - 2) == ')')) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}
