package org.troika.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * Writes recommendations as CSV, JSON or XLSX while they stream in: no cap on how many, bounded memory
 * (XLSX through POI's streaming workbook, which keeps only a window of rows in memory).
 */
@Component
public class RecommendationExporter {

    static final List<String> COLUMNS = List.of("id", "state_under_review", "cycle", "session", "year", "paragraph",
            "text", "recommending_states", "recommending_state_names", "response", "response_source", "source_symbol",
            "action_category", "issues", "themes", "affected_groups", "sdg_targets");
    private static final int EXCEL_MAX_ROWS = 1_048_576;

    private final StateRegistry states;

    public RecommendationExporter(StateRegistry states) {
        this.states = states;
    }

    /** Writes every recommendation of the source; returns how many were written. */
    public long write(ExportFormat format, RecommendationSource source, OutputStream out) {
        try {
            return switch (format) {
                case CSV -> writeCsv(source, out);
                case JSON -> writeJson(source, out);
                case XLSX -> writeXlsx(source, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> values(Recommendation r) {
        return List.of(String.valueOf(r.id()), r.review().stateIso3(), String.valueOf(r.review().cycle()),
                String.valueOf(r.review().session()), String.valueOf(r.review().year()), r.paragraph(), r.text(),
                String.join("; ", r.recommendingStates()), String.join("; ", names(r.recommendingStates())),
                r.response().label(), r.responseSource().orElse(""), r.sourceSymbol().orElse(""),
                r.actionCategory().map(String::valueOf).orElse(""),
                String.join("; ", r.labelValues(Taxonomy.UPR_INFO_ISSUE)), String.join("; ", r.labelValues(Taxonomy.UHRI_THEME)),
                String.join("; ", r.labelValues(Taxonomy.AFFECTED_GROUP)), String.join("; ", r.labelValues(Taxonomy.SDG_TARGET)));
    }

    private List<String> names(List<String> iso3s) {
        return iso3s.stream().map(c -> states.byCode(c).map(State::name).orElse(c)).toList();
    }

    private long writeCsv(RecommendationSource source, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte-order mark so that spreadsheet programs read the UTF-8 names ("Côte d’Ivoire") right.
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
        long[] n = {0};
        source.forEach(r -> {
            try {
                csv.printRecord(values(r).stream().map(SpreadsheetSafeText::of).toList());
                n[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
        return n[0];
    }

    private long writeJson(RecommendationSource source, OutputStream out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartArray();
        long[] n = {0};
        source.forEach(r -> {
            try {
                json.writeStartObject();
                json.writeNumberField("id", r.id());
                json.writeStringField("stateUnderReview", r.review().stateIso3());
                json.writeNumberField("cycle", r.review().cycle());
                json.writeNumberField("session", r.review().session());
                json.writeNumberField("year", r.review().year());
                json.writeStringField("paragraph", r.paragraph());
                json.writeStringField("text", r.text());
                stringArray(json, "states", r.recommendingStates());
                stringArray(json, "stateNames", names(r.recommendingStates()));
                json.writeStringField("response", r.response().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("responseSource", r.responseSource().orElse(null));
                json.writeStringField("sourceSymbol", r.sourceSymbol().orElse(null));
                if (r.actionCategory().isPresent()) {
                    json.writeNumberField("actionCategory", r.actionCategory().get());
                } else {
                    json.writeNullField("actionCategory");
                }
                stringArray(json, "issues", r.labelValues(Taxonomy.UPR_INFO_ISSUE));
                stringArray(json, "themes", r.labelValues(Taxonomy.UHRI_THEME));
                stringArray(json, "affectedGroups", r.labelValues(Taxonomy.AFFECTED_GROUP));
                stringArray(json, "sdgTargets", r.labelValues(Taxonomy.SDG_TARGET));
                json.writeEndObject();
                n[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        json.writeEndArray();
        json.flush();
        return n[0];
    }

    private static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private long writeXlsx(RecommendationSource source, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Sheet[] sheet = {workbook.createSheet("Recommendations")};
            int[] rowIndex = {0};
            header(sheet[0]);
            rowIndex[0] = 1;
            long[] n = {0};
            int[] sheetNumber = {1};
            source.forEach(r -> {
                if (rowIndex[0] == EXCEL_MAX_ROWS) {
                    // Excel stops at 1,048,576 rows a sheet; go on in the next sheet instead of cutting the export.
                    sheet[0] = workbook.createSheet("Recommendations " + (++sheetNumber[0]));
                    header(sheet[0]);
                    rowIndex[0] = 1;
                }
                Row row = sheet[0].createRow(rowIndex[0]++);
                List<String> values = values(r);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                }
                n[0]++;
            });
            workbook.write(out);
            out.flush();
            return n[0];
        }
    }

    private static void header(Sheet sheet) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            header.createCell(i).setCellValue(COLUMNS.get(i));
        }
    }
}
