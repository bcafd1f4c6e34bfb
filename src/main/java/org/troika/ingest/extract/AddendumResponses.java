package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The responses an addendum gives, by recommendation, and what in it could not be read.
 *
 * @param symbol    the addendum's document symbol, e.g. "A/HRC/43/15/Add.1"
 * @param stateIso3 the State under review named on its title page
 */
public record AddendumResponses(Optional<String> symbol, Optional<String> stateIso3, List<AddendumResponse> responses,
                                List<ExtractionProblem> problems) {

    public AddendumResponses {
        responses = List.copyOf(responses);
        problems = List.copyOf(problems);
    }

    public Map<String, AddendumResponse> byParagraph() {
        Map<String, AddendumResponse> map = new LinkedHashMap<>();
        responses.forEach(r -> map.putIfAbsent(r.paragraph(), r));
        return map;
    }

    /**
     * The extraction of the Working Group report with the addendum's responses filled in. A bare serial
     * number ("18") is matched to the report's only recommendation numbered "X.18". Responses for
     * recommendations the report does not have are reported as problems.
     */
    public Extraction applyTo(Extraction report) {
        Map<String, AddendumResponse> given = byParagraph();
        Map<String, String> bySerial = serialNumbers(report);
        List<ExtractedRecommendation> updated = new ArrayList<>(report.recommendations().size());
        List<ExtractionProblem> problems = new ArrayList<>(report.problems());
        problems.addAll(this.problems);
        Map<String, AddendumResponse> used = new HashMap<>();
        for (ExtractedRecommendation r : report.recommendations()) {
            AddendumResponse a = given.get(r.paragraph());
            if (a == null) {
                String serial = r.paragraph().substring(r.paragraph().indexOf('.') + 1);
                a = r.paragraph().equals(bySerial.get(serial)) ? given.get(serial) : null;
            }
            if (a == null) {
                updated.add(r);
                continue;
            }
            used.put(a.paragraph(), a);
            if (r.response().isPresent() && r.response().get() != a.response()) {
                problems.add(new ExtractionProblem(a.line(), r.paragraph(), "the report gives " + r.paragraph() + " as "
                        + r.response().get().label().toLowerCase() + " but " + a.source() + " as " + a.response().label().toLowerCase()));
            }
            updated.add(new ExtractedRecommendation(r.paragraph(), r.text(), r.states(), r.stateNames(), Optional.of(a.response()), r.line()));
        }
        for (AddendumResponse a : given.values()) {
            if (!used.containsKey(a.paragraph())) {
                problems.add(new ExtractionProblem(a.line(), a.paragraph(), a.source() + " responds to recommendation "
                        + a.paragraph() + ", which the report does not contain"));
            }
        }
        return new Extraction(report.facts(), updated, problems);
    }

    /**
     * "18" → "115.18" when exactly one recommendation of the report ends in ".18"; where several do (a
     * first-cycle report numbers each list from 1), the one whose response the report left open.
     */
    private static Map<String, String> serialNumbers(Extraction report) {
        Map<String, List<ExtractedRecommendation>> bySerial = new HashMap<>();
        for (ExtractedRecommendation r : report.recommendations()) {
            int dot = r.paragraph().indexOf('.');
            if (dot > 0) {
                bySerial.computeIfAbsent(r.paragraph().substring(dot + 1), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, String> map = new HashMap<>();
        bySerial.forEach((serial, candidates) -> {
            List<ExtractedRecommendation> open = candidates.size() == 1 ? candidates
                    : candidates.stream().filter(r -> r.response().isEmpty()).toList();
            if (open.size() == 1) {
                map.put(serial, open.get(0).paragraph());
            }
        });
        return map;
    }
}
