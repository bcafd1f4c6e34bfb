package org.troika.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.Taxonomy;

/** {@code aRecommendation().noted().by("FRA").build()} */
public final class RecommendationBuilder {

    private ReviewRef review = new ReviewRef(0, "KAZ", 7, 1, 2010);
    private String paragraph = "95.1";
    private String text = "Abolish the death penalty";
    private final List<String> states = new ArrayList<>();
    private Response response = Response.SUPPORTED;
    private Optional<String> responseSource = Optional.empty();
    private Optional<String> sourceSymbol = Optional.of("A/HRC/14/10");
    private Optional<Integer> actionCategory = Optional.empty();
    private final List<Label> labels = new ArrayList<>();

    public static RecommendationBuilder aRecommendation() {
        return new RecommendationBuilder();
    }

    public RecommendationBuilder in(ReviewRef review) {
        this.review = review;
        return this;
    }

    public RecommendationBuilder paragraph(String paragraph) {
        this.paragraph = paragraph;
        return this;
    }

    public RecommendationBuilder text(String text) {
        this.text = text;
        return this;
    }

    public RecommendationBuilder by(String... iso3) {
        states.addAll(List.of(iso3));
        return this;
    }

    public RecommendationBuilder supported() {
        response = Response.SUPPORTED;
        return this;
    }

    public RecommendationBuilder noted() {
        response = Response.NOTED;
        return this;
    }

    public RecommendationBuilder pending() {
        response = Response.PENDING;
        return this;
    }

    public RecommendationBuilder respondedIn(String symbol) {
        responseSource = Optional.of(symbol);
        return this;
    }

    public RecommendationBuilder actionCategory(int category) {
        actionCategory = Optional.of(category);
        return this;
    }

    public RecommendationBuilder labelled(Taxonomy taxonomy, String value) {
        labels.add(new Label(taxonomy, value));
        return this;
    }

    public Recommendation build() {
        return new Recommendation(0, review, paragraph, text, states, response, responseSource, sourceSymbol, actionCategory, labels);
    }
}
