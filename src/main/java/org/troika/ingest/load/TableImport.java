package org.troika.ingest.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.troika.export.SpreadsheetSafeText;
import org.troika.ingest.domain.Rejection;
import org.troika.ingest.table.BadTableException;
import org.troika.ingest.table.ColumnMapping;
import org.troika.ingest.table.Field;
import org.troika.ingest.table.KnownShapes;
import org.troika.ingest.table.RowReader;
import org.troika.ingest.table.RowRecommendation;
import org.troika.ingest.table.TableRow;
import org.troika.ingest.table.TableSink;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.state.StateRegistry;

/**
 * Imports a table of recommendations as it is read: the header decides the shape (a known one, or the
 * mapping file's), each row is checked and, once its review is found or created, handed to the writer.
 * UPR Info's rows of one joint recommendation (adjacent, same text, one per State) become one recommendation,
 * keyed by the first row's id; such rows that restate a stored report paragraph are folded into it (ReportParagraphs).
 */
public final class TableImport implements TableSink {

    private final String file;
    private final String format;
    private final Optional<ColumnMapping> mapping;
    private final StateRegistry registry;
    private final ReviewResolver reviews;
    private final RecommendationWriter writer;
    private final ReportParagraphs paragraphs;
    private final FileTally tally;
    private List<String> header;
    private RowReader reader;
    private Merge merge;
    /** Set when the table has no paragraph numbers, as UPR Info's: its rows may restate stored report paragraphs. */
    private ReportParagraphs.RowFields foldable;
    private String kind;
    private Optional<String> encoding = Optional.empty();
    private RowRecommendation held;
    private long rows;

    public TableImport(String file, String format, Optional<ColumnMapping> mapping, StateRegistry registry, ReviewResolver reviews,
                       RecommendationWriter writer, ReportParagraphs paragraphs, FileTally tally) {
        this.file = file;
        this.format = format;
        this.mapping = mapping;
        this.registry = registry;
        this.reviews = reviews;
        this.writer = writer;
        this.paragraphs = paragraphs;
        this.tally = tally;
    }

    @Override
    public void header(List<String> columns, String where) {
        if (header != null) {
            if (!header.equals(columns)) {
                throw new BadTableException(where + ": this sheet's header differs from the first sheet's");
            }
            return;
        }
        header = List.copyOf(columns);
        ColumnMapping shape = mapping.or(() -> KnownShapes.of(columns)).orElseThrow(() -> new BadTableException(where
                + ": the header (" + shortHeader(columns) + ") is not a shape Troika knows (" + KnownShapes.names()
                + "); describe its columns in a mapping file and give it with --mapping FILE"));
        Map<Field, List<String>> resolved = shape.resolve(columns);
        if (!resolved.containsKey(Field.TEXT) || !(resolved.containsKey(Field.PARAGRAPH) || resolved.containsKey(Field.ROW_ID))) {
            throw new BadTableException(where + ": the header (" + shortHeader(columns) + ") lacks the columns " + shape.name()
                    + " names for the text and the paragraph number or row id");
        }
        if (!resolved.containsKey(Field.STATE_UNDER_REVIEW) && reviews.defaultState().isEmpty()) {
            throw new BadTableException(file + ": the table does not name the State under review; give --state ISO3 or --review ISO3-YEAR");
        }
        if (!resolved.containsKey(Field.SESSION) && !resolved.containsKey(Field.YEAR) && !reviews.knowsWhen()) {
            throw new BadTableException(file + ": the table gives no session or year; give --review ISO3-YEAR");
        }
        boolean ownCsvExport = shape == KnownShapes.TROIKA_EXPORT && !format.equals("XLSX");
        reader = new RowReader(resolved, registry, ownCsvExport ? SpreadsheetSafeText::undo : UnaryOperator.identity());
        java.util.Set<Taxonomy> taxonomies = java.util.EnumSet.noneOf(Taxonomy.class);
        Map.of(Field.ISSUES, Taxonomy.UPR_INFO_ISSUE, Field.THEMES, Taxonomy.UHRI_THEME, Field.AFFECTED_GROUPS, Taxonomy.AFFECTED_GROUP,
                Field.SDG_TARGETS, Taxonomy.SDG_TARGET).forEach((f, t) -> {
                    if (reader.has(f)) {
                        taxonomies.add(t);
                    }
                });
        merge = Merge.keeping(reader.has(Field.RESPONSE_SOURCE), reader.has(Field.SOURCE_SYMBOL), reader.has(Field.ACTION_CATEGORY), taxonomies);
        foldable = reader.has(Field.PARAGRAPH) ? null
                : new ReportParagraphs.RowFields(taxonomies, reader.has(Field.ACTION_CATEGORY), reader.has(Field.RESPONSE), shape.name());
        kind = shape.name() + " (" + format + encoding.map(e -> ", read as " + e).orElse("") + ")";
    }

    @Override
    public void encoding(String charset) {
        encoding = Optional.of(charset);
    }

    @Override
    public void row(TableRow row) {
        accept(parse(row));
    }

    @Override
    public void unreadable(String where, String reason) {
        accept(refuse(where, reason));
    }

    /** Reading a row touches neither the database nor the tally, so it can run ahead on another thread (TablePipeline). */
    RowReader.Result parse(TableRow row) {
        return row.blank() ? null : reader.read(row);
    }

    RowReader.Result refuse(String where, String reason) {
        if (header == null) {
            throw new BadTableException(where + ": " + reason);
        }
        return new RowReader.Refused(Rejection.at(where, reason));
    }

    /** Stores what a row gave; on the thread of the file's transaction. */
    void accept(RowReader.Result result) {
        rows++;
        if (kind != null) {
            tally.kind(kind);
            kind = null;
        }
        switch (result) {
            case null -> { }
            case RowReader.Refused refused -> tally.reject(refused.rejection());
            case RowReader.Read read -> hold(read.recommendation());
        }
    }

    /** Call after the last row. */
    public void finish() {
        if (header == null) {
            throw new BadTableException(file + ": the file holds no table");
        }
        if (kind != null) {
            tally.kind(kind);
            kind = null;
        }
        if (held != null) {
            store(held);
            held = null;
        }
        paragraphs.flush(writer);
        writer.flush();
    }

    public long rows() {
        return rows;
    }

    private void hold(RowRecommendation r) {
        if (!reader.onePerRecommendingState()) {
            store(r);
            return;
        }
        if (held != null && held.sameRecommendationAs(r)) {
            held = held.joinedWith(r);
            return;
        }
        if (held != null) {
            store(held);
        }
        held = r;
    }

    private void store(RowRecommendation r) {
        try {
            ReviewRef review = reviews.resolve(r.stateUnderReview(), r.session(), r.cycle(), r.year());
            Recommendation row = new Recommendation(0, review, r.key(), r.text(), r.recommendingStates(), r.response(), r.responseSource(),
                    r.sourceSymbol(), r.actionCategory(), r.labels());
            if (foldable == null || !paragraphs.fold(row, foldable, r.where())) {
                writer.add(row, r.where(), merge);
            }
        } catch (ReviewNotFound | org.troika.state.UnknownStateException e) {
            tally.reject(Rejection.at(r.where(), e.getMessage()));
        }
    }

    private static String shortHeader(List<String> columns) {
        String joined = String.join(", ", columns.stream().map(c -> c.length() > 40 ? c.substring(0, 37) + "..." : c).toList());
        return joined.length() > 300 ? joined.substring(0, 297) + "..." : joined;
    }
}
