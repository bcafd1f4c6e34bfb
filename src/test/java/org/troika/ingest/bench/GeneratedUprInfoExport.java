package org.troika.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A UPR Info export of any size made from the real one (../shared/data/upr_recommendations.csv): its rows
 * written again and again, each pass with ids of its own ("P3-UPRINFO-00001"), so that every pass adds
 * recommendations. Rows without a recommending State (nine in the export) are left out: they would be rejected.
 */
final class GeneratedUprInfoExport {

    private GeneratedUprInfoExport() {
    }

    static List<CSVRecord> realRows(Path export) throws IOException {
        try (Reader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!r.get("recommending_iso3").isBlank()) {
                    rows.add(r);
                }
            }
            return rows;
        }
    }

    /** Writes at least {@code rows} rows (whole joint groups); returns how many were written. */
    static long write(List<CSVRecord> real, List<String> header, long rows, Path file) throws IOException {
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            int idColumn = header.indexOf("id");
            for (int pass = 1; written < rows; pass++) {
                for (int i = 0; i < real.size() && (written < rows || sameGroup(real, i)); i++) {
                    List<String> values = new ArrayList<>(real.get(i).toList());
                    values.set(idColumn, "P" + pass + "-" + values.get(idColumn));
                    csv.printRecord(values);
                    written++;
                }
            }
        }
        return written;
    }

    /** Row i continues the joint recommendation of row i-1: stop only between groups. */
    private static boolean sameGroup(List<CSVRecord> real, int i) {
        return i > 0 && real.get(i).get("recommendation").equals(real.get(i - 1).get("recommendation"))
                && real.get(i).get("session").equals(real.get(i - 1).get("session"))
                && real.get(i).get("sur_iso3").equals(real.get(i - 1).get("sur_iso3"));
    }
}
