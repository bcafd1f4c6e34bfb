package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.Taxonomy;

/**
 * Keeps one recommendation where two sources give it: a Working Group report's paragraph, and the rows a database
 * such as UPR Info writes for it under ids of its own. A row that restates a stored paragraph of its review
 * ({@link ReportParagraphMatch}) is folded into it — its labels, its action category and, where the report left it
 * open, its response — instead of being stored a second time. Both orders work: rows imported after the report,
 * and rows stored before the report came, which the report's import folds in and removes.
 */
public final class ReportParagraphs {

    /** Where folded responses are said to come from when the report came after the rows. */
    static final String EARLIER_ROWS = "database rows imported before the report";

    /**
     * What the rows' source gives, so that what it does not give stays as stored.
     *
     * @param name the source's name, cited as the source of a response it gives
     */
    public record RowFields(Set<Taxonomy> taxonomies, boolean actionCategory, boolean response, String name) {
    }

    private record Folded(Recommendation paragraph, String where) {
    }

    private final RecommendationFacade recommendations;
    private final FileTally tally;
    private final LongPredicate createdHere;
    private final Map<Long, ReportParagraphMatch> matches = new HashMap<>();
    private final Map<Long, Folded> folded = new LinkedHashMap<>();
    private final Map<ReviewRef, Integer> rowsFolded = new LinkedHashMap<>();
    private final Map<ReviewRef, List<String>> rowsApart = new LinkedHashMap<>();
    private Set<Long> withReportParagraphs;

    /**
     * @param createdHere whether this import created a review: it holds only what the file stored, no report's paragraphs
     */
    public ReportParagraphs(RecommendationFacade recommendations, FileTally tally, LongPredicate createdHere) {
        this.recommendations = recommendations;
        this.tally = tally;
        this.createdHere = createdHere;
    }

    /** True when the row restates stored report paragraphs of its review and was folded into them. */
    public boolean fold(Recommendation row, RowFields fields, String where) {
        ReportParagraphMatch match = matches.computeIfAbsent(row.review().id(), this::storedParagraphs);
        boolean restates = !match.isEmpty() && foldInto(folded, match, row, fields, where);
        if (restates) {
            rowsFolded.merge(row.review(), 1, Integer::sum);
        } else if (!match.isEmpty()) {
            rowsApart.computeIfAbsent(row.review(), k -> new ArrayList<>()).add(row.paragraph());
        }
        return restates;
    }

    /** Stores the paragraphs rows were folded into, one write each however many rows restate it. */
    public void flush(RecommendationWriter writer) {
        for (Folded f : folded.values()) {
            writer.add(f.paragraph(), f.where(), Merge.REPLACE);
        }
        folded.clear();
        rowsFolded.forEach((review, rows) -> tally.note(review.key() + ": " + rows + (rows == 1 ? " row restates" : " rows restate")
                + " report paragraphs stored before; folded into them (labels, action category, responses the report left open)"
                + " instead of storing them twice"));
        rowsFolded.clear();
        rowsApart.forEach((review, keys) -> tally.note(review.key() + ": " + keys.size() + (keys.size() == 1 ? " row restates" : " rows restate")
                + " no report paragraph clearly enough to be folded into it; stored on " + (keys.size() == 1 ? "its" : "their") + " own: "
                + String.join(", ", keys.subList(0, Math.min(20, keys.size()))) + (keys.size() > 20 ? ", ..." : "")));
        rowsApart.clear();
    }

    /**
     * After a report's paragraphs are stored: rows of the review stored before under ids of their own that restate
     * them are folded into them and removed.
     */
    public void foldStoredRows(ReviewRef review) {
        if (createdHere.test(review.id())) {
            return;
        }
        List<Recommendation> stored = storedOf(review.id());
        ReportParagraphMatch match = new ReportParagraphMatch(stored);
        if (match.isEmpty()) {
            return;
        }
        Map<Long, Folded> merged = new LinkedHashMap<>();
        List<Recommendation> foldedRows = new ArrayList<>();
        for (Recommendation row : stored) {
            if (!ReportParagraphMatch.isParagraphNumber(row.paragraph())
                    && foldInto(merged, match, row, givenBy(row), "stored row " + row.paragraph())) {
                foldedRows.add(row);
            }
        }
        if (foldedRows.isEmpty()) {
            return;
        }
        // The paragraphs' stored versions are at hand: the store need not read them again.
        recommendations.save(merged.values().stream().map(Folded::paragraph).toList(),
                stored.stream().filter(r -> merged.containsKey(r.id())).toList());
        recommendations.delete(foldedRows.stream().map(Recommendation::id).toList());
        tally.note(review.key() + ": " + foldedRows.size() + (foldedRows.size() == 1 ? " row" : " rows") + " stored before under ids of"
                + " their own restate paragraphs of this report; folded into " + merged.size() + " paragraphs and removed");
    }

    /**
     * What a stored row can be said to give: the taxonomies it has labels of and an action category if it has one;
     * its source's columns are not known any more, and what it lacks must not erase what the paragraph has.
     */
    private static RowFields givenBy(Recommendation row) {
        Set<Taxonomy> taxonomies = EnumSet.noneOf(Taxonomy.class);
        row.labels().forEach(l -> taxonomies.add(l.taxonomy()));
        return new RowFields(taxonomies, row.actionCategory().isPresent(), true, EARLIER_ROWS);
    }

    /**
     * Folds the row into each paragraph it restates, onto what earlier rows of the same paragraph made of it;
     * false when it restates none.
     */
    private boolean foldInto(Map<Long, Folded> into, ReportParagraphMatch match, Recommendation row, RowFields fields, String where) {
        List<Recommendation> restated = match.paragraphsOf(row);
        for (Recommendation paragraph : restated) {
            Folded before = into.get(paragraph.id());
            into.put(paragraph.id(), before == null ? new Folded(merged(paragraph, true, row, fields, where), where)
                    : new Folded(merged(before.paragraph(), false, row, fields, where), before.where()));
        }
        return !restated.isEmpty();
    }

    private Recommendation merged(Recommendation paragraph, boolean first, Recommendation row, RowFields fields, String where) {
        List<Label> labels = new ArrayList<>();
        paragraph.labels().stream().filter(l -> !(first && fields.taxonomies().contains(l.taxonomy()))).forEach(labels::add);
        row.labels().stream().filter(l -> fields.taxonomies().contains(l.taxonomy()) && !labels.contains(l)).forEach(labels::add);
        Optional<Integer> category = fields.actionCategory() && first ? row.actionCategory().or(paragraph::actionCategory)
                : paragraph.actionCategory();
        Response response = paragraph.response();
        Optional<String> responseSource = paragraph.responseSource();
        if (fields.response() && row.response() != Response.PENDING && row.response() != paragraph.response()) {
            boolean fromRows = paragraph.response() == Response.PENDING || paragraph.responseSource().equals(Optional.of(fields.name()));
            if (fromRows && (first || paragraph.response() == Response.PENDING)) {
                response = row.response();
                responseSource = Optional.of(fields.name());
            } else {
                tally.note(where + " (" + fields.name() + ") gives " + row.response().label().toLowerCase() + " for paragraph "
                        + paragraph.paragraph() + ", which " + paragraph.responseSource().orElse("the report") + " gives as "
                        + paragraph.response().label().toLowerCase() + "; kept " + paragraph.response().label().toLowerCase());
            }
        }
        return new Recommendation(paragraph.id(), paragraph.review(), paragraph.paragraph(), paragraph.text(),
                paragraph.recommendingStates(), response, responseSource, paragraph.sourceSymbol(), category, labels);
    }

    private ReportParagraphMatch storedParagraphs(long reviewId) {
        // Most reviews of a bulk import hold no report paragraphs: their numbers tell without loading texts.
        boolean any = !createdHere.test(reviewId) && reviewsWithReportParagraphs().contains(reviewId);
        return new ReportParagraphMatch(any ? storedOf(reviewId) : List.of());
    }

    /**
     * The reviews stored with report paragraphs, read once for the whole import (one query, not one per review). The
     * import itself adds none: rows are folded only from a table without paragraph numbers.
     */
    private Set<Long> reviewsWithReportParagraphs() {
        if (withReportParagraphs == null) {
            Set<Long> reviews = new HashSet<>();
            recommendations.forEachNumberedParagraph((paragraph, review) -> {
                if (ReportParagraphMatch.isParagraphNumber(paragraph)) {
                    reviews.add(review);
                }
            });
            withReportParagraphs = reviews;
        }
        return withReportParagraphs;
    }

    private List<Recommendation> storedOf(long reviewId) {
        List<Recommendation> stored = new ArrayList<>();
        recommendations.forEach(RecommendationFilter.ofReview(reviewId), stored::add);
        return stored;
    }
}
