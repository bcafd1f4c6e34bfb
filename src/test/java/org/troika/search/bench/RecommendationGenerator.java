package org.troika.search.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.Taxonomy;

/**
 * Realistic recommendations at any scale, made from the 61,013 rows of the UPR Info export
 * (../shared/data/upr_recommendations.csv): record i takes a real row's State under review, session, cycle,
 * response, action category and issues, and a text recombined from clauses of real recommendations (the row's
 * own first clause, then up to two clauses of other rows), so word frequencies, lengths and facet distributions
 * are those of the real database. Deterministic: record i is the same on every run.
 */
final class RecommendationGenerator {

    private final List<Row> rows = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();
    private final TreeMap<Integer, Integer> sessionYears = new TreeMap<>();

    private record Row(String state, int session, int cycle, String by, Response response, Optional<Integer> action,
                       List<Label> issues, String firstClause) {
    }

    RecommendationGenerator(Path recommendationsCsv, Path sessionsCsv) throws IOException {
        for (CSVRecord s : read(sessionsCsv)) {
            if (!s.get("start_date").isBlank()) {
                sessionYears.put(Integer.parseInt(s.get("session")), Integer.parseInt(s.get("start_date").substring(0, 4)));
            }
        }
        for (CSVRecord r : read(recommendationsCsv)) {
            String text = r.get("recommendation").strip();
            List<String> parts = Arrays.stream(text.split("(?<=[,;])\\s+")).map(String::strip).filter(p -> p.length() > 3).toList();
            if (parts.isEmpty()) {
                continue;
            }
            clauses.addAll(parts.subList(1, parts.size()));
            String action = r.get("action_category");
            rows.add(new Row(r.get("sur_iso3"), Integer.parseInt(r.get("session")), Integer.parseInt(r.get("cycle")),
                    r.get("recommending_iso3"), Response.parse(r.get("response")).orElse(Response.PENDING),
                    action.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(action)),
                    Arrays.stream(r.get("issues").split(";")).map(String::strip).filter(i -> !i.isEmpty()).distinct()
                            .map(i -> new Label(Taxonomy.UPR_INFO_ISSUE, i)).toList(), parts.get(0)));
        }
    }

    int sourceRows() {
        return rows.size();
    }

    Recommendation generate(long i) {
        SplittableRandom random = new SplittableRandom(0x7A0B1CA5L + i * 0x9E3779B97F4A7C15L);
        Row row = rows.get(random.nextInt(rows.size()));
        StringBuilder text = new StringBuilder(row.firstClause());
        int more = random.nextInt(3);
        for (int k = 0; k < more && !clauses.isEmpty(); k++) {
            text.append(' ').append(clauses.get(random.nextInt(clauses.size())));
        }
        List<String> by = new ArrayList<>(row.by().isBlank() ? List.of() : List.of(row.by()));
        if (random.nextInt(10) == 0) {
            String other = rows.get(random.nextInt(rows.size())).by();
            if (!other.isBlank() && !by.contains(other)) {
                by.add(other);
            }
        }
        var year = sessionYears.floorEntry(row.session());
        ReviewRef review = new ReviewRef(row.session() * 1000L, row.state(), row.session(), row.cycle(),
                year == null ? 2008 : year.getValue());
        String paragraph = (90 + random.nextInt(60)) + "." + (1 + i % 250);
        return new Recommendation(i + 1, review, paragraph, text.toString(), by, row.response(), Optional.empty(),
                Optional.of("A/HRC/" + (row.session() / 2 + 7) + "/" + (10 + random.nextInt(40))), row.action(), row.issues());
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
