package org.troika.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.troika.document.SourceDocumentFacade;
import org.troika.document.domain.DocumentType;
import org.troika.document.domain.SourceDocument;
import org.troika.document.domain.Statement;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.OfficialTotals;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.state.StateRegistry;

/**
 * Real UPR data for web, API and CLI tests, loaded through the facades from ../shared/data:
 * Kazakhstan's four reviews (every recommendation of 2010 and 2014 from the UPR Info export, official
 * totals only for 2019 and 2025) with a High Commissioner statement, and Slovenia's 2019 and 2025
 * recommendations from the OHCHR thematic lists. Skips the test when the shared data is absent.
 */
public final class UprFixtures {

    private final ReviewFacade reviews;
    private final RecommendationFacade recommendations;
    private final SourceDocumentFacade documents;
    // One bracketed group, allowing one nested bracket: "(Venezuela (Bolivarian Republic of))".
    private static final String GROUP = "\\(((?:[^()]|\\([^()]*\\))*)\\)";
    private static final Pattern TRAILING_GROUPS = Pattern.compile("((?:\\s*" + GROUP + ")+)\\s*[;.]?\\s*$");
    private static final Pattern ONE_GROUP = Pattern.compile(GROUP);

    private final StateRegistry states = StateRegistry.bundled();

    public UprFixtures(ReviewFacade reviews, RecommendationFacade recommendations, SourceDocumentFacade documents) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.documents = documents;
    }

    /** Loads both States unless Kazakhstan's 2010 review is already there (contexts are shared between test classes). */
    public void loadOnce() {
        if (reviews.find("KAZ", 7).isEmpty()) {
            kazakhstan();
            slovenia();
        }
    }

    public void kazakhstan() {
        // Dates, report symbols and official totals: kazakhstan_upr_cycle_summary.csv. Troikas: paragraph 2 of
        // A/HRC/14/10 ("Bangladesh, Cuba and Mauritius") and of A/HRC/28/10 ("Germany, Kuwait and South Africa").
        Map<Integer, List<String>> troikas = Map.of(7, List.of("BGD", "CUB", "MUS"), 20, List.of("DEU", "KWT", "ZAF"));
        Map<Integer, Review> bySession = new LinkedHashMap<>();
        for (CSVRecord row : csv("kazakhstan_upr_cycle_summary.csv")) {
            int session = Integer.parseInt(row.get("wg_session"));
            String report = row.get("wg_report_symbol").isBlank() ? null : row.get("wg_report_symbol");
            Optional<OfficialTotals> official = row.get("counting_basis").startsWith("Official")
                    ? Optional.of(new OfficialTotals(Integer.parseInt(row.get("n_recommendations")),
                    Integer.parseInt(row.get("n_supported")), Integer.parseInt(row.get("n_noted")),
                    row.get("counting_basis") + "; " + row.get("source")))
                    : Optional.empty();
            bySession.put(session, reviews.save(new Review(0, "KAZ", session, Integer.parseInt(row.get("cycle")),
                    Optional.of(LocalDate.parse(row.get("review_date"))), troikas.getOrDefault(session, List.of()),
                    ReviewDocuments.standard(session, "KAZ", report), official)));
        }
        // UPR Info has a row per recommending State and no paragraph numbers: rows with the same text in the same
        // review are one joint recommendation, keyed by the UPR Info id of its first row.
        Map<String, List<CSVRecord>> joint = new LinkedHashMap<>();
        for (CSVRecord row : csv("kazakhstan_upr.csv")) {
            joint.computeIfAbsent(row.get("session") + "\u0001" + row.get("recommendation"), k -> new ArrayList<>()).add(row);
        }
        List<Recommendation> recs = new ArrayList<>();
        for (List<CSVRecord> rows : joint.values()) {
            CSVRecord first = rows.get(0);
            Review review = bySession.get(Integer.parseInt(first.get("session")));
            List<Label> labels = split(first.get("issues"), ";").stream().map(i -> new Label(Taxonomy.UPR_INFO_ISSUE, i)).toList();
            recs.add(new Recommendation(0, ref(review), first.get("id"), first.get("recommendation"),
                    rows.stream().map(r -> r.get("recommending_iso3")).toList(),
                    Response.parse(first.get("response")).orElseThrow(), Optional.empty(),
                    review.documents().workingGroupReport(), Optional.of(Integer.parseInt(first.get("action_category"))), labels));
        }
        recommendations.save(recs);
        highCommissionerVisit();
    }

    private void highCommissionerVisit() {
        String body = read(SharedData.seed("2023-03-17_ohchr_high-commissioner_end-of-visit_kazakhstan.txt"));
        SourceDocument doc = new SourceDocument(0, DocumentType.HIGH_COMMISSIONER,
                "UN High Commissioner for Human Rights Volker Türk concludes his official visit to Kazakhstan",
                "Volker Türk, UN High Commissioner for Human Rights", Optional.of(LocalDate.of(2023, 3, 17)),
                Optional.empty(), Optional.empty(), Optional.of("KAZ"), body);
        List<Statement> quoted = new ArrayList<>();
        for (String sentence : List.of(
                "I welcome the zero-tolerance policy of the President to torture",
                "Violence against women remains a persistent problem that needs to be addressed head on.")) {
            int at = body.indexOf(sentence);
            quoted.add(Statement.quote(body, quoted.size() + 1, at, at + sentence.length(),
                    Optional.of(LocalDate.of(2023, 3, 17)), Optional.of("KAZ")));
        }
        documents.save(doc, quoted);
    }

    public void slovenia() {
        // Troikas: paragraph 2 of A/HRC/43/15 and of A/HRC/59/15.
        Review s34 = reviews.save(new Review(0, "SVN", 34, 3, Optional.of(LocalDate.of(2019, 11, 12)),
                List.of("BGD", "DNK", "EGY"), ReviewDocuments.standard(34, "SVN", "A/HRC/43/15"), Optional.empty()));
        Review s48 = reviews.save(new Review(0, "SVN", 48, 4, Optional.of(LocalDate.of(2025, 1, 28)),
                List.of("DOM", "ZAF", "THA"), ReviewDocuments.standard(48, "SVN", "A/HRC/59/15"), Optional.empty()));
        List<Recommendation> recs = new ArrayList<>();
        for (CSVRecord row : csv("slovenia_upr_thematic_lists.csv")) {
            Review review = switch (row.get("session")) {
                case "34" -> s34;
                case "48" -> s48;
                default -> null;
            };
            if (review == null) {
                continue;
            }
            String text = row.get("recommendation");
            int cut = text.indexOf("; Source of position:");
            List<Label> labels = new ArrayList<>();
            split(row.get("themes"), ";").forEach(t -> labels.add(new Label(Taxonomy.UHRI_THEME, t)));
            split(row.get("groups_of_persons"), ";").forEach(g -> labels.add(new Label(Taxonomy.AFFECTED_GROUP, g)));
            Optional<String> responseSource = Optional.of(row.get("position_source")).filter(s -> !s.isBlank())
                    .map(s -> s.replaceAll("\\s*-\\s*Para.*$", ""));
            recs.add(new Recommendation(0, ref(review), row.get("paragraph"), cut < 0 ? text : text.substring(0, cut),
                    recommendingStates(text.substring(0, cut < 0 ? text.length() : cut)),
                    Response.parse(row.get("position")).orElseThrow(), responseSource,
                    review.documents().workingGroupReport(), Optional.empty(), labels));
        }
        recommendations.save(recs);
    }

    /**
     * The States named in brackets at the end of an OHCHR recommendation: "... (Portugal, Slovakia);", or
     * "... (France) (Lithuania);" when the list repeats a recommendation made in the same words. Read from
     * the end, stopping at a bracket that names no State: "... Convention, 1930 (No. 29) (United Kingdom ...)".
     */
    private List<String> recommendingStates(String text) {
        Matcher block = TRAILING_GROUPS.matcher(text);
        if (!block.find()) {
            throw new IllegalStateException("No recommending States at the end of: " + text);
        }
        List<List<String>> groups = new ArrayList<>();
        Matcher group = ONE_GROUP.matcher(block.group(1));
        while (group.find()) {
            groups.add(split(group.group(1), "[,;]"));
        }
        List<String> found = new ArrayList<>();
        for (int i = groups.size() - 1; i >= 0; i--) {
            List<String> names = groups.get(i);
            if (!names.stream().allMatch(n -> states.byName(n).isPresent())) {
                break;
            }
            found.addAll(0, names.stream().map(n -> states.byName(n).orElseThrow().iso3()).toList());
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No State named in the last brackets of: " + text);
        }
        return found.stream().distinct().toList();
    }

    private ReviewRef ref(Review review) {
        return new ReviewRef(review.id(), review.stateIso3(), review.session(), review.cycle(), reviews.year(review));
    }

    private static List<String> split(String s, String separator) {
        return Arrays.stream(s.split(separator)).map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** The rows of a CSV file of ../shared/data, by header. */
    public static List<CSVRecord> csv(String name) {
        try (Reader in = Files.newBufferedReader(SharedData.data(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(java.nio.file.Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
