package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.troika.ingest.extract.AddendumResponseExtractor;
import org.troika.ingest.extract.AddendumResponses;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.extract.ExtractionProblem;
import org.troika.ingest.extract.ReportFacts;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.Response;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.state.StateRegistry;

/**
 * Imports an addendum on its own, months after its report: the State's views (A/HRC/43/15/Add.1) are published
 * for the Council session that adopts the outcome, long after the Working Group report. The responses are
 * applied to the recommendations already stored for the review the addendum answers, each citing the
 * addendum as its source; what the addendum answers but the review does not hold is reported with its line.
 */
public final class AddendumImport {

    private final StateRegistry registry;
    private final ReviewFacade reviews;
    private final RecommendationFacade recommendations;

    public AddendumImport(StateRegistry registry, ReviewFacade reviews, RecommendationFacade recommendations) {
        this.registry = registry;
        this.reviews = reviews;
        this.recommendations = recommendations;
    }

    public void run(ReportImport.Text addendum, ReviewResolver resolver, RecommendationWriter writer, FileTally tally) {
        AddendumResponses responses = new AddendumResponseExtractor(registry).extract(addendum.text());
        String symbol = responses.symbol().orElse(addendum.file());
        tally.kind("addendum" + responses.symbol().map(s -> " " + s).orElse("") + " to a stored review");
        Review review = answeredReview(addendum.file(), responses, resolver);
        List<Recommendation> stored = new ArrayList<>();
        recommendations.forEach(RecommendationFilter.ofReview(review.id()), stored::add);
        String key = review.key(reviews.calendar());
        if (stored.isEmpty()) {
            throw new IllegalArgumentException(addendum.file() + ": review " + key + " holds no recommendations yet;"
                    + " import its Working Group report first, or both together: troika import REPORT " + addendum.file());
        }
        Map<String, Recommendation> byParagraph = new HashMap<>();
        List<ExtractedRecommendation> asStored = new ArrayList<>(stored.size());
        for (Recommendation r : stored) {
            byParagraph.put(r.paragraph(), r);
            asStored.add(new ExtractedRecommendation(r.paragraph(), r.text(), r.recommendingStates(), r.recommendingStates(),
                    r.response() == Response.PENDING ? Optional.empty() : Optional.of(r.response()), 0));
        }
        Extraction applied = responses.applyTo(new Extraction(ReportFacts.unknown(), asStored, List.of()));
        for (ExtractionProblem p : applied.problems()) {
            tally.note(addendum.file() + ":" + p.line() + ": " + p.message().replace("which the report does not contain",
                    "which review " + key + " does not hold"));
        }
        for (ExtractedRecommendation r : applied.recommendations()) {
            Recommendation before = byParagraph.get(r.paragraph());
            Response response = r.response().orElse(Response.PENDING);
            if (response == before.response()) {
                tally.unchanged(1);
                continue;
            }
            writer.add(new Recommendation(before.id(), before.review(), before.paragraph(), before.text(), before.recommendingStates(),
                    response, Optional.of(symbol), before.sourceSymbol(), before.actionCategory(), before.labels()), addendum.file());
        }
        writer.flush();
        recordAddendum(review, symbol);
    }

    /**
     * The review whose Working Group report the addendum's symbol extends (A/HRC/43/15 for A/HRC/43/15/Add.1),
     * else the one --review or --session names for the addendum's State.
     */
    private Review answeredReview(String file, AddendumResponses responses, ReviewResolver resolver) {
        Optional<String> reportSymbol = responses.symbol().map(s -> s.substring(0, s.lastIndexOf("/Add.")));
        Optional<Review> byReport = reportSymbol.flatMap(reviews::findByWorkingGroupReport);
        Optional<String> state = responses.stateIso3().or(resolver::defaultState);
        resolver.requireDefaultState(file, responses.stateIso3(), "the addendum answers the review of");
        Optional<Review> named = state.flatMap(resolver::storedReview);
        if (byReport.isPresent() && named.isPresent() && byReport.get().id() != named.get().id()) {
            throw new IllegalArgumentException(file + ": the addendum answers " + reportSymbol.get() + ", the report of review "
                    + byReport.get().key(reviews.calendar()) + ", not review " + named.get().key(reviews.calendar()));
        }
        return byReport.or(() -> named).orElseThrow(() -> new ReviewNotFound(file + ": "
                + reportSymbol.map(s -> "no stored review has the Working Group report " + s + " this addendum answers")
                        .orElse("the addendum does not give its symbol (A/HRC/../Add.1)")
                + "; import it with its report (troika import REPORT " + file + "), or name the review with --review ISO3-YEAR"));
    }

    private void recordAddendum(Review review, String symbol) {
        Review completed = review.withDocuments(review.documents().completedBy(new ReviewDocuments(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(symbol))));
        if (!completed.equals(review)) {
            reviews.save(completed);
        }
    }
}
