package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.troika.ingest.domain.Rejection;
import org.troika.ingest.extract.AddendumResponseExtractor;
import org.troika.ingest.extract.AddendumResponses;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.extract.ExtractionProblem;
import org.troika.ingest.extract.ReportFacts;
import org.troika.ingest.extract.WorkingGroupReportExtractor;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.state.StateRegistry;

/**
 * Imports a Working Group report: its recommendations, read from its own paragraphs, with the responses it
 * states; and, given alongside, its addendum's responses, citing the addendum as their source. The review
 * is the one the report names (State and session in its introduction), else the importer's --review; it is
 * created when not stored, and the report's facts (date, troika, document symbols) fill what it lacks.
 * A paragraph with a problem (an unknown State name) is rejected with its line.
 */
public final class ReportImport {

    private static final Pattern ADDENDUM = Pattern.compile("A/HRC/\\d{1,2}/\\d{1,3}/Add\\.\\d|Views on conclusions and/or recommendations");

    /** A document read as text, with the name to give in messages. */
    public record Text(String file, String text) {
    }

    private final StateRegistry registry;
    private final ReviewFacade reviews;
    private final RecommendationFacade recommendations;

    public ReportImport(StateRegistry registry, ReviewFacade reviews, RecommendationFacade recommendations) {
        this.registry = registry;
        this.reviews = reviews;
        this.recommendations = recommendations;
    }

    /** An addendum names itself on its title page: "A/HRC/43/15/Add.1", "Views on conclusions and/or recommendations". */
    public static boolean isAddendum(String text) {
        return ADDENDUM.matcher(text.substring(0, Math.min(text.length(), 3000)).replaceAll("\\s+", " ")).find();
    }

    public Extraction extract(String text) {
        return new WorkingGroupReportExtractor(registry).extract(text);
    }

    public void run(Text report, Extraction extraction, Optional<Text> addendum, ReviewResolver resolver,
                    RecommendationWriter writer, FileTally tally) {
        ReportFacts facts = extraction.facts();
        Extraction applied = extraction;
        Optional<String> addendumSymbol = Optional.empty();
        if (addendum.isPresent()) {
            AddendumResponses responses = new AddendumResponseExtractor(registry).extract(addendum.get().text());
            checkSameReview(report, facts, addendum.get(), responses);
            addendumSymbol = Optional.of(responses.symbol().orElse(addendum.get().file()));
            applied = responses.applyTo(extraction);
            for (int i = extraction.problems().size(); i < applied.problems().size(); i++) {
                ExtractionProblem p = applied.problems().get(i);
                tally.note(addendum.get().file() + ":" + p.line() + ": " + p.message());
            }
        }
        tally.kind("Working Group report" + facts.symbol().map(s -> " " + s).orElse("")
                + addendum.map(a -> " with addendum").orElse(""));
        resolver.requireDefaultState(report.file(), facts.stateIso3(), "the report is about the review of");
        ReviewRef review;
        try {
            review = resolver.resolve(facts.stateIso3(), facts.session(), Optional.empty(), Optional.empty());
        } catch (ReviewNotFound e) {
            throw facts.stateIso3().isPresent() || facts.session().isPresent() || resolver.knowsWhen() ? e : new ReviewNotFound(
                    "numbered recommendation paragraphs without a report's introduction, so the review is unknown: give --review ISO3-YEAR;"
                            + " or, to store the file as a source document, --doc-type TYPE");
        }
        completeReview(review, facts, addendumSymbol);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, Integer> problemLines = new LinkedHashMap<>();
        for (ExtractionProblem p : extraction.problems()) {
            if (p.paragraph() == null) {
                tally.note(report.file() + ":" + p.line() + ": " + p.message());
            } else {
                problems.computeIfAbsent(p.paragraph(), k -> new ArrayList<>()).add(p.message());
                problemLines.putIfAbsent(p.paragraph(), p.line());
            }
        }
        Set<String> rejected = new HashSet<>();
        problems.forEach((paragraph, messages) -> {
            tally.reject(Rejection.at(report.file() + ":" + problemLines.get(paragraph), "paragraph " + paragraph + ": " + String.join("; ", messages)));
            rejected.add(paragraph);
        });
        Map<String, ExtractedRecommendation> asReported = new LinkedHashMap<>();
        extraction.recommendations().forEach(r -> asReported.putIfAbsent(r.paragraph(), r));
        for (ExtractedRecommendation r : applied.recommendations()) {
            if (rejected.contains(r.paragraph())) {
                continue;
            }
            boolean fromAddendum = r.response().isPresent() && asReported.get(r.paragraph()).response().isEmpty();
            Optional<String> responseSource = r.response().isEmpty() ? Optional.empty()
                    : fromAddendum ? addendumSymbol : facts.symbol();
            String where = report.file() + ":" + r.line();
            try {
                writer.add(new Recommendation(0, review, r.paragraph(), r.text(), r.states(), r.response().orElse(Response.PENDING),
                        responseSource, facts.symbol(), Optional.empty(), List.of()), where, Merge.REPORT);
            } catch (IllegalArgumentException e) {
                tally.reject(Rejection.at(where, "paragraph " + r.paragraph() + ": " + e.getMessage()));
            }
        }
        writer.flush();
        new ReportParagraphs(recommendations, tally, resolver::createdHere).foldStoredRows(review);
    }

    private void checkSameReview(Text report, ReportFacts facts, Text addendum, AddendumResponses responses) {
        if (facts.stateIso3().isPresent() && responses.stateIso3().isPresent() && !facts.stateIso3().equals(responses.stateIso3())) {
            throw new IllegalArgumentException(addendum.file() + ": the addendum is about " + responses.stateIso3().get()
                    + ", the report " + report.file() + " about " + facts.stateIso3().get());
        }
        if (facts.symbol().isPresent() && responses.symbol().isPresent() && !responses.symbol().get().startsWith(facts.symbol().get() + "/")) {
            throw new IllegalArgumentException(addendum.file() + ": the addendum " + responses.symbol().get()
                    + " does not belong to the report " + facts.symbol().get() + " (" + report.file() + ")");
        }
    }

    /** The report's facts fill in what the stored review lacks; what it has stays. */
    private void completeReview(ReviewRef ref, ReportFacts facts, Optional<String> addendumSymbol) {
        Review stored = reviews.find(ref.id()).orElseThrow();
        ReviewDocuments documents = stored.documents().completedBy(new ReviewDocuments(facts.nationalReport(), facts.compilation(),
                facts.stakeholdersSummary(), facts.symbol(), addendumSymbol));
        Review completed = new Review(stored.id(), stored.stateIso3(), stored.session(), stored.cycle(),
                stored.date().or(facts::reviewDate), stored.troika().isEmpty() ? facts.troika() : stored.troika(), documents, stored.official());
        if (!completed.equals(stored)) {
            reviews.save(completed);
        }
    }
}
