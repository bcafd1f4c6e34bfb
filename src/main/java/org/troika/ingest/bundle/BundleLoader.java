package org.troika.ingest.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.document.SourceDocumentFacade;
import org.troika.document.domain.DocumentType;
import org.troika.document.domain.SourceDocument;
import org.troika.document.domain.Statement;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.SaveOutcome;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.OfficialTotals;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.state.StateRegistry;

/** Loads a {@link Bundle} in one transaction: everything in it is stored, or nothing is. Loading twice changes nothing. */
@Service
public class BundleLoader {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final ReviewFacade reviews;
    private final RecommendationFacade recommendations;
    private final SourceDocumentFacade documents;
    private final StateRegistry states;

    public BundleLoader(ReviewFacade reviews, RecommendationFacade recommendations, SourceDocumentFacade documents,
                        StateRegistry states) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.documents = documents;
        this.states = states;
    }

    /** What loading did, for the summary line. */
    public record Loaded(int reviews, int inserted, int updated, int unchanged, int documents) {
    }

    public Bundle read(InputStream in, String name) {
        try {
            Bundle bundle = json.readValue(in, Bundle.class);
            if (!Bundle.FORMAT.equals(bundle.format())) {
                throw new IllegalArgumentException(name + ": not a Troika bundle (format is '" + bundle.format()
                        + "', expected '" + Bundle.FORMAT + "')");
            }
            return bundle;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException(name + ": malformed bundle" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    @Transactional
    public Loaded load(Bundle bundle) {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (Bundle.BundleReview br : bundle.reviews()) {
            Review review = reviews.save(toReview(br));
            ReviewRef ref = new ReviewRef(review.id(), review.stateIso3(), review.session(), review.cycle(), reviews.year(review));
            List<Recommendation> recs = new ArrayList<>();
            for (Bundle.BundleRecommendation r : br.recommendations()) {
                recs.add(toRecommendation(ref, r));
            }
            for (SaveOutcome o : recommendations.save(recs)) {
                switch (o) {
                    case SaveOutcome.Inserted i -> inserted++;
                    case SaveOutcome.Updated u -> updated++;
                    case SaveOutcome.Unchanged u -> unchanged++;
                }
            }
        }
        for (Bundle.BundleDocument d : bundle.documents()) {
            SourceDocument doc = toDocument(d);
            List<Statement> statements = d.statements().stream()
                    .map(s -> Statement.quote(d.body(), 0, s.start(), s.end(), Optional.ofNullable(s.statedOn()),
                            Optional.ofNullable(s.state()).map(code -> states.require(code).iso3())))
                    .toList();
            List<Statement> numbered = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                Statement s = statements.get(i);
                numbered.add(new Statement(0, 0, i + 1, s.startOffset(), s.endOffset(), s.text(), s.statedOn(), s.stateIso3()));
            }
            documents.save(doc, numbered);
        }
        return new Loaded(bundle.reviews().size(), inserted, updated, unchanged, bundle.documents().size());
    }

    private Review toReview(Bundle.BundleReview br) {
        Bundle.Documents d = br.documents();
        ReviewDocuments docs = d == null ? ReviewDocuments.none() : new ReviewDocuments(Optional.ofNullable(d.nationalReport()),
                Optional.ofNullable(d.compilation()), Optional.ofNullable(d.stakeholdersSummary()),
                Optional.ofNullable(d.workingGroupReport()), Optional.ofNullable(d.addendum()));
        Optional<OfficialTotals> official = Optional.ofNullable(br.official())
                .map(o -> new OfficialTotals(o.total(), o.supported(), o.noted(), o.source()));
        return new Review(0, states.require(br.state()).iso3(), br.session(), br.cycle(), Optional.ofNullable(br.date()),
                br.troika().stream().map(c -> states.require(c).iso3()).toList(), docs, official);
    }

    private Recommendation toRecommendation(ReviewRef ref, Bundle.BundleRecommendation r) {
        Response response = r.response() == null ? Response.PENDING : Response.parse(r.response())
                .orElseThrow(() -> new IllegalArgumentException("Recommendation " + r.paragraph() + ": unknown response '" + r.response() + "'"));
        List<Label> labels = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : r.labels().entrySet()) {
            Taxonomy taxonomy = Taxonomy.valueOf(e.getKey());
            e.getValue().forEach(v -> labels.add(new Label(taxonomy, v)));
        }
        return new Recommendation(0, ref, r.paragraph(), r.text(), r.states().stream().map(c -> states.require(c).iso3()).toList(),
                response, Optional.ofNullable(r.responseSource()), Optional.ofNullable(r.sourceSymbol()),
                Optional.ofNullable(r.actionCategory()), labels);
    }

    private SourceDocument toDocument(Bundle.BundleDocument d) {
        DocumentType type = DocumentType.parse(d.type())
                .orElseThrow(() -> new IllegalArgumentException("Document '" + d.title() + "': unknown type '" + d.type() + "'"));
        return new SourceDocument(0, type, d.title(), d.author(), Optional.ofNullable(d.publishedOn()), Optional.ofNullable(d.url()),
                Optional.ofNullable(d.symbol()), Optional.ofNullable(d.state()).map(c -> states.require(c).iso3()), d.body());
    }
}
