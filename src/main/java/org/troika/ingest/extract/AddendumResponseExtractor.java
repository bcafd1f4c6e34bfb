package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troika.recommendation.domain.Response;
import org.troika.state.StateRegistry;

/**
 * Reads the State's responses from the addendum to a Working Group report ("Views on conclusions and/or
 * recommendations, voluntary commitments and replies presented by the State under review"): sentences such
 * as "The Government accepts the following recommendations 122.1, 122.12, 122.17-18, ...", "the Government
 * notes recommendations 122.2-10, ..." or "Recommendations 141.1-141.20 enjoy the support of ...".
 * A list counts only where the sentence states a position and the list is introduced as recommendations,
 * so "accepts 142 recommendations" (a count) and "See recommendation 122.28" (a cross-reference) do not.
 * Addenda that answer in a table, one row per recommendation, are read by {@link AddendumTable}.
 */
public final class AddendumResponseExtractor {

    private static final Pattern SYMBOL = Pattern.compile("A/HRC/\\d{1,2}/\\d{1,3}/Add\\.\\d");
    private static final Pattern SERIAL_NOTE = Pattern.compile(
            "(?i)serial numbers? of (?:the )?recommendations follows? the (?:list|numbering) in paragraph (\\d{1,3})");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\u201C\"(\\[])|\\n\\s*\\n");
    private static final Pattern POSITION = Pattern.compile("(?i)(?<partly>supports? (?:them |it )?in part|partially (?:supports?|supported|accepts?|accepted)"
            + "|(?:supported|accepted) in part)"
            + "|(?<noted>(?:does|do|did) not (?:support|accept|enjoy)|not (?:be )?supported|notes|noted|takes? note|rejects?|rejected)"
            + "|(?<supported>accepts?|accepted|supports?|supported|enjoys? the support)");
    private static final Pattern TITLE = Pattern.compile("(?i)universal periodic review\\s*\\*?\\s+([\\p{L}\\p{M}’'() -]{2,80}?)\\s+addendum");
    /** Words that introduce a list of recommendation numbers, right before it. */
    private static final Pattern INTRODUCED = Pattern.compile("(?i)(?:recommendations?|recs?\\.?|paragraphs?)(?:\\s+nos?\\.)?\\s*:?\\s*$");

    private final StateRegistry registry;

    public AddendumResponseExtractor(StateRegistry registry) {
        this.registry = registry;
    }

    public AddendumResponses extract(String text) {
        ReportStream stream = ReportStream.of(text);
        String s = stream.text();
        Matcher symbolMatch = SYMBOL.matcher(s);
        Optional<String> symbol = symbolMatch.find() ? Optional.of(symbolMatch.group()) : Optional.empty();
        String source = symbol.orElse("addendum");
        Matcher note = SERIAL_NOTE.matcher(s.replaceAll("\\s+", " "));
        String serialPrefix = note.find() ? note.group(1) : null;
        Map<String, AddendumResponse> responses = new LinkedHashMap<>();
        List<ExtractionProblem> problems = new ArrayList<>();
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(s);
        while (sentenceStart < s.length()) {
            int sentenceEnd = end.find() ? end.start() : s.length();
            readSentence(s, sentenceStart, sentenceEnd, serialPrefix, source, stream, responses, problems);
            sentenceStart = sentenceEnd < s.length() ? end.end() : s.length();
        }
        if (responses.isEmpty()) {
            AddendumTable.read(s, serialPrefix, source, stream, responses, problems);
        }
        return new AddendumResponses(symbol, stateUnderReview(s), List.copyOf(responses.values()), problems);
    }

    /** Each list of numbers takes the position stated before it in the sentence, or else the one after it. */
    private void readSentence(String s, int from, int to, String serialPrefix, String source, ReportStream stream,
                              Map<String, AddendumResponse> responses, List<ExtractionProblem> problems) {
        List<int[]> positions = new ArrayList<>();
        List<Response> kinds = new ArrayList<>();
        List<Boolean> partly = new ArrayList<>();
        Matcher p = POSITION.matcher(s).region(from, to);
        while (p.find()) {
            positions.add(new int[]{p.start(), p.end()});
            kinds.add(p.group("noted") != null ? Response.NOTED : Response.SUPPORTED);
            partly.add(p.group("partly") != null);
        }
        if (positions.isEmpty()) {
            return;
        }
        Matcher list = RecommendationReferences.LIST.matcher(s).region(from, to);
        while (list.find()) {
            if (!INTRODUCED.matcher(s.substring(Math.max(from, list.start() - 40), list.start())).find()
                    || isParagraphNumber(s, list.start(), list.end())) {
                continue;
            }
            int which = governingPosition(positions, list.start());
            int line = stream.lineAt(list.start());
            List<String> ids = RecommendationReferences.expand(list.group(), serialPrefix,
                    message -> problems.add(new ExtractionProblem(line, null, message)));
            for (String id : ids) {
                AddendumResponse response = new AddendumResponse(id, kinds.get(which), partly.get(which), source, line);
                AddendumResponse earlier = responses.putIfAbsent(id, response);
                if (earlier != null && (earlier.response() != response.response() || earlier.partly() != response.partly())) {
                    problems.add(new ExtractionProblem(line, id, "recommendation " + id + " is given two responses: "
                            + describe(earlier) + " (line " + earlier.line() + ") and " + describe(response)));
                }
            }
        }
    }

    /** "3." at the start of a line numbers the addendum's own paragraph, even right below a heading. */
    private static boolean isParagraphNumber(String s, int start, int end) {
        int i = start - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i--;
        }
        boolean lineStart = i < 0 || s.charAt(i) == '\n';
        return lineStart && end < s.length() && s.charAt(end) == '.' && s.substring(start, end).matches("\\d{1,3}");
    }

    private static int governingPosition(List<int[]> positions, int listStart) {
        int governing = -1;
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i)[1] <= listStart) {
                governing = i;
            }
        }
        return governing >= 0 ? governing : 0;
    }

    private static String describe(AddendumResponse r) {
        return (r.partly() ? "supported in part" : r.response().label().toLowerCase(Locale.ROOT));
    }

    /** The title page names the State between "Universal Periodic Review" and "Addendum". */
    private Optional<String> stateUnderReview(String s) {
        Matcher title = TITLE.matcher(s.substring(0, Math.min(s.length(), 3000)).replaceAll("\\s+", " "));
        return title.find() ? registry.byName(title.group(1).strip()).map(org.troika.state.State::iso3) : Optional.empty();
    }
}
