package org.troika.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of ../shared/data as the tests see it, read independently of the importer: its header and rows,
 * what the importer should make of them, and altered copies (a corrected cell, a bad row) to import.
 */
record SourceTable(List<String> header, List<List<String>> rows) {

    static SourceTable read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new ArrayList<>(r.toList()));
            }
            return new SourceTable(List.copyOf(parser.getHeaderNames()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    String cell(int row, String column) {
        return rows.get(row).get(column(column));
    }

    SourceTable first(int n) {
        return new SourceTable(header, rows.subList(0, Math.min(n, rows.size())));
    }

    SourceTable where(Predicate<List<String>> keep) {
        return new SourceTable(header, rows.stream().filter(keep).toList());
    }

    SourceTable with(int row, String column, String value) {
        List<List<String>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));
        copy.get(row).set(column(column), value);
        return new SourceTable(header, copy);
    }

    /**
     * How many recommendations UPR Info's rows make: adjacent rows with the same State under review, session,
     * text, response and action category are one joint recommendation, one row per recommending State.
     */
    int jointRecommendations() {
        int count = 0;
        List<String> previous = null;
        for (List<String> row : rows) {
            List<String> key = List.of(row.get(column("sur_iso3")), row.get(column("session")), row.get(column("recommendation")).strip(),
                    row.get(column("response")), row.get(column("action_category")));
            if (!Objects.equals(key, previous)) {
                count++;
            }
            previous = key;
        }
        return count;
    }

    /** The line of a row in the written file: the header is line 1, and no cell holds a line break in these files. */
    static int lineOf(int row) {
        return row + 2;
    }

    Path write(Path file, char delimiter) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Path write(Path file) {
        return write(file, ',');
    }
}
