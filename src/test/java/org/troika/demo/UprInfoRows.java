package org.troika.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Rows of the UPR Info database export: one per recommendation and recommending State. */
record UprInfoRows(List<Row> rows) {

    record Row(String id, int cycle, int session, String surIso3, String text, String stateIso3, String response,
               Integer actionCategory, List<String> issues, long line) {
    }

    static UprInfoRows read(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String category = r.get("action_category");
                rows.add(new Row(r.get("id"), Integer.parseInt(r.get("cycle")), Integer.parseInt(r.get("session")),
                        r.get("sur_iso3"), r.get("recommendation"), r.get("recommending_iso3"), r.get("response"),
                        category.isBlank() ? null : Integer.valueOf(category),
                        r.get("issues").isBlank() ? List.of() : Arrays.stream(r.get("issues").split(";")).map(String::trim).toList(),
                        r.getRecordNumber() + 1));
            }
        }
        return new UprInfoRows(rows);
    }

    List<Row> ofSession(int session) {
        return rows.stream().filter(r -> r.session() == session).toList();
    }
}
