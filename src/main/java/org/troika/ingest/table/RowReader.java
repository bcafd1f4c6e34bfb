package org.troika.ingest.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troika.ingest.domain.Rejection;
import org.troika.ingest.extract.StatesInBrackets;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.state.StateRegistry;

/**
 * Reads one table row as a recommendation, checking every cell: a bad cell rejects the row with the cell's
 * place and what is wrong, never silently. Unknown State names are named.
 */
public final class RowReader {

    /** OHCHR's thematic lists end a recommendation with where its position comes from. */
    private static final Pattern SOURCE_OF_POSITION = Pattern.compile(";?\\s*Source of position:\\s*(.+?)\\s*$");
    private static final Pattern PARA_SUFFIX = Pattern.compile("\\s*-\\s*Para\\b.*$");
    private static final int MAX_LABEL = 200;
    private static final int MAX_SYMBOL = 100;
    private static final int MAX_RESPONSE_SOURCE = 200;

    public sealed interface Result {
    }

    public record Read(RowRecommendation recommendation) implements Result {
    }

    public record Refused(Rejection rejection) implements Result {
    }

    private final RowCells cells;
    private final StateList states;
    private final StatesInBrackets inBrackets;

    public RowReader(Map<Field, List<String>> columns, StateRegistry registry) {
        this(columns, registry, UnaryOperator.identity());
    }

    /**
     * @param cellText applied to every cell first: Troika's CSV export writes "'=..." for a text starting with "=",
     *                 so that spreadsheets do not run it, and reading it back undoes that
     */
    public RowReader(Map<Field, List<String>> columns, StateRegistry registry, UnaryOperator<String> cellText) {
        this.cells = new RowCells(columns, cellText);
        this.states = new StateList(registry);
        this.inBrackets = new StatesInBrackets(registry);
    }

    public boolean has(Field field) {
        return cells.has(field);
    }

    /** One recommending State per row, several rows per recommendation (UPR Info). */
    public boolean onePerRecommendingState() {
        return has(Field.RECOMMENDING_STATE) && !has(Field.RECOMMENDING_STATES) && !has(Field.PARAGRAPH);
    }

    public Result read(TableRow row) {
        try {
            return new Read(recommendation(row));
        } catch (RowCells.BadCell bad) {
            return new Refused(bad.rejection);
        }
    }

    private RowRecommendation recommendation(TableRow row) {
        String text = cells.text(row, Field.TEXT);
        if (text.length() > 2 * Recommendation.MAX_TEXT) {
            throw cells.bad(row, Field.TEXT, "the text is " + text.length() + " characters, more than the " + Recommendation.MAX_TEXT + " allowed");
        }
        Optional<String> responseSource = cells.optional(row, Field.RESPONSE_SOURCE)
                .map(v -> PARA_SUFFIX.matcher(v).replaceAll("").strip()).filter(v -> !v.isEmpty());
        Matcher source = text.contains("Source of position:") ? SOURCE_OF_POSITION.matcher(text) : null;
        if (source != null && source.find()) {
            String named = PARA_SUFFIX.matcher(source.group(1)).replaceAll("").strip();
            text = text.substring(0, source.start()).strip();
            if (responseSource.isEmpty() && !named.isEmpty()) {
                responseSource = Optional.of(named);
            }
        }
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            throw cells.bad(row, Field.TEXT, "no recommendation text");
        }
        if (text.length() > Recommendation.MAX_TEXT) {
            throw cells.bad(row, Field.TEXT, "the text is " + text.length() + " characters, more than the " + Recommendation.MAX_TEXT + " allowed");
        }
        Field keyField = has(Field.PARAGRAPH) ? Field.PARAGRAPH : Field.ROW_ID;
        String key = cells.optional(row, Field.PARAGRAPH).or(() -> cells.optional(row, Field.ROW_ID))
                .orElseThrow(() -> cells.bad(row, keyField, "no paragraph number or row id"));
        if (key.length() > 20) {
            throw cells.bad(row, keyField, "'" + RowCells.shorten(key) + "' is longer than the 20 characters a paragraph number may have");
        }
        Optional<String> stateUnderReview = cells.optional(row, Field.STATE_UNDER_REVIEW).map(name -> states.one(name)
                .orElseThrow(() -> cells.bad(row, Field.STATE_UNDER_REVIEW, "unknown State under review '" + RowCells.shorten(name) + "'")));
        List<String> recommending = recommendingStates(row, text);
        Response response = cells.optional(row, Field.RESPONSE).map(word -> Response.parse(word)
                .orElseThrow(() -> cells.bad(row, Field.RESPONSE, "unknown response '" + RowCells.shorten(word) + "' (use Supported, Noted or Pending)")))
                .orElse(Response.PENDING);
        Optional<Integer> category = cells.number(row, Field.ACTION_CATEGORY);
        if (category.isPresent() && (category.get() < 1 || category.get() > 5)) {
            throw cells.bad(row, Field.ACTION_CATEGORY, "action category " + category.get() + " is not 1 to 5");
        }
        if (responseSource.isPresent() && responseSource.get().length() > MAX_RESPONSE_SOURCE) {
            throw cells.bad(row, Field.RESPONSE_SOURCE, "longer than " + MAX_RESPONSE_SOURCE + " characters");
        }
        Optional<String> symbol = cells.optional(row, Field.SOURCE_SYMBOL);
        if (symbol.isPresent() && symbol.get().length() > MAX_SYMBOL) {
            throw cells.bad(row, Field.SOURCE_SYMBOL, "longer than " + MAX_SYMBOL + " characters");
        }
        List<Label> labels = new ArrayList<>();
        labels(row, Field.ISSUES, Taxonomy.UPR_INFO_ISSUE, labels);
        labels(row, Field.THEMES, Taxonomy.UHRI_THEME, labels);
        labels(row, Field.AFFECTED_GROUPS, Taxonomy.AFFECTED_GROUP, labels);
        labels(row, Field.SDG_TARGETS, Taxonomy.SDG_TARGET, labels);
        return new RowRecommendation(row.where(), stateUnderReview, cells.number(row, Field.SESSION), cells.number(row, Field.CYCLE),
                cells.number(row, Field.YEAR), key, text, recommending, response, responseSource, symbol, category, labels);
    }

    /**
     * From the States column; where it is empty or names no State (OHCHR's tabulated lists have both), from the
     * brackets at the end of the text, as the report reads them. Names that are no State are refused.
     */
    private List<String> recommendingStates(TableRow row, String text) {
        Field field = has(Field.RECOMMENDING_STATES) ? Field.RECOMMENDING_STATES : Field.RECOMMENDING_STATE;
        if (!has(field)) {
            return List.of();
        }
        StateList.Read read;
        if (field == Field.RECOMMENDING_STATE) {
            String name = cells.text(row, field);
            Optional<String> one = name.isEmpty() ? Optional.empty() : states.one(name);
            read = new StateList.Read(one.stream().toList(), one.isEmpty() && !name.isEmpty() ? List.of(name) : List.of());
        } else {
            read = states.read(cells.list(row, field, "\u0000"));
        }
        if ((!read.unknown().isEmpty() || read.iso3().isEmpty()) && field == Field.RECOMMENDING_STATES) {
            Optional<List<String>> fromText = inBrackets.of(text);
            if (fromText.isPresent()) {
                return fromText.get();
            }
        }
        if (!read.unknown().isEmpty()) {
            throw cells.bad(row, field, (read.unknown().size() == 1 ? "unknown recommending State " : "unknown recommending States ")
                    + String.join(", ", read.unknown().stream().map(n -> "'" + RowCells.shorten(n) + "'").toList()));
        }
        // An empty cell is a recommendation no State is named for: UPR Info's first sessions have some, marked
        // "(Unknown)", and the domain keeps them with no recommending State rather than refusing the whole file.
        return read.iso3();
    }

    private void labels(TableRow row, Field field, Taxonomy taxonomy, List<Label> into) {
        for (String value : cells.list(row, field, ";")) {
            if (value.length() > MAX_LABEL) {
                throw cells.bad(row, field, "a label longer than " + MAX_LABEL + " characters: '" + RowCells.shorten(value) + "'");
            }
            Label label = new Label(taxonomy, value);
            if (!into.contains(label)) {
                into.add(label);
            }
        }
    }
}
