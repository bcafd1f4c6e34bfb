package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troika.recommendation.domain.Response;

/**
 * First-cycle addenda answer in a two-column table: the recommendations' numbers on the left ("64.",
 * "5., 6., 7., 8., 9.", continued on the next line when they do not fit), the answer on the right
 * ("Slovenia accepts the recommendation.", "Slovenia cannot accept the recommendation ...").
 * An answer that accepts one part and refuses another ("accepts the recommendation regarding ... cannot
 * accept the recommendation to ...") is support in part.
 */
final class AddendumTable {

    private static final Pattern ROW = Pattern.compile("[ \\t]*((?:\\d{1,3}\\.,?[ \\t]*)+)(?:[ \\t]{2,}(\\S.*))?");
    private static final Pattern REFUSES = Pattern.compile(
            "\\b(?:can ?not|does not|do not|is not in a position to|is unable to) (?:accept|support)|\\brejects?\\b|\\bnotes? (?:the|these|this) recommendations?");
    private static final Pattern ACCEPTS = Pattern.compile("\\b(?:accepts?|supports?|agrees? with (?:the|these|this) recommendations?|enjoys? the support)\\b");
    private static final Pattern PARTLY = Pattern.compile("\\b(?:in part|partially|partly)\\b");

    private AddendumTable() {
    }

    static void read(String text, String serialPrefix, String source, ReportStream stream,
                     Map<String, AddendumResponse> responses, List<ExtractionProblem> problems) {
        List<Row> rows = rows(text);
        for (Row row : rows) {
            int line = stream.lineAt(row.offset);
            String answer = Spaces.collapse(row.answer).toLowerCase(Locale.ROOT);
            boolean refuses = REFUSES.matcher(answer).find();
            boolean accepts = ACCEPTS.matcher(answer.replaceAll("(?:can ?not|not) (?:accept|support)", "")).find();
            List<String> ids = RecommendationReferences.expand(String.join(", ", row.numbers), serialPrefix, m -> { });
            if (!refuses && !accepts) {
                problems.add(new ExtractionProblem(line, String.join(", ", ids), source + " states no clear position on "
                        + (ids.size() == 1 ? "recommendation " : "recommendations ") + String.join(", ", ids)));
                continue;
            }
            boolean partly = accepts && (refuses || PARTLY.matcher(answer).find());
            Response response = accepts ? Response.SUPPORTED : Response.NOTED;
            for (String id : ids) {
                responses.putIfAbsent(id, new AddendumResponse(id, response, partly, source, line));
            }
        }
    }

    private record Row(List<String> numbers, StringBuilder answer, int offset) {
    }

    private static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        Row current = null;
        boolean numbersGoOn = false;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                List<String> numbers = numbers(m.group(1));
                if (numbersGoOn && current != null) {
                    current.numbers.addAll(numbers);
                } else {
                    current = new Row(numbers, new StringBuilder(), offset);
                    rows.add(current);
                }
                numbersGoOn = m.group(1).strip().endsWith(",");
                if (m.group(2) != null) {
                    current.answer.append(m.group(2)).append(' ');
                }
            } else if (current != null) {
                numbersGoOn = false;
                current.answer.append(line).append(' ');
            }
            offset += line.length() + 1;
        }
        return rows;
    }

    private static List<String> numbers(String cell) {
        List<String> numbers = new ArrayList<>();
        for (String n : cell.split("[.,\\s]+")) {
            if (!n.isEmpty()) {
                numbers.add(n);
            }
        }
        return numbers;
    }
}
