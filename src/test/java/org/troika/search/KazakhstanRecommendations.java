package org.troika.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.support.UprFixtures;

/**
 * Kazakhstan's 2010 and 2014 recommendations from ../shared/data/kazakhstan_upr.csv as recommendations with ids,
 * without a database: rows of one session with the same text are one joint recommendation (as UprFixtures loads
 * them), numbered from 1 in file order. Tests derive what a search must find from the same rows.
 */
public final class KazakhstanRecommendations {

    private KazakhstanRecommendations() {
    }

    /** The joint recommendations, each with the CSV rows it was made from. */
    public static Map<Recommendation, List<CSVRecord>> load() {
        Map<String, List<CSVRecord>> joint = new LinkedHashMap<>();
        for (CSVRecord row : UprFixtures.csv("kazakhstan_upr.csv")) {
            joint.computeIfAbsent(row.get("session") + "\u0001" + row.get("recommendation"), k -> new ArrayList<>()).add(row);
        }
        Map<Recommendation, List<CSVRecord>> recs = new LinkedHashMap<>();
        long id = 1;
        for (List<CSVRecord> rows : joint.values()) {
            CSVRecord first = rows.get(0);
            int session = Integer.parseInt(first.get("session"));
            ReviewRef review = new ReviewRef(session, "KAZ", session, Integer.parseInt(first.get("cycle")), session == 7 ? 2010 : 2014);
            List<Label> labels = Arrays.stream(first.get("issues").split(";")).map(String::trim).filter(s -> !s.isEmpty())
                    .distinct().map(i -> new Label(Taxonomy.UPR_INFO_ISSUE, i)).toList();
            recs.put(new Recommendation(id++, review, first.get("id"), first.get("recommendation"),
                    rows.stream().map(r -> r.get("recommending_iso3")).distinct().toList(),
                    Response.parse(first.get("response")).orElseThrow(), Optional.empty(),
                    Optional.of(session == 7 ? "A/HRC/14/10" : "A/HRC/28/10"),
                    Optional.of(Integer.parseInt(first.get("action_category"))), labels), rows);
        }
        return recs;
    }
}
