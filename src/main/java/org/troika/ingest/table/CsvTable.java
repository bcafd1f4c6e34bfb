package org.troika.ingest.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV or TSV file row by row with Apache Commons CSV. The delimiter is the one of comma, semicolon
 * (UPR Info's own exports) and tab that the header line uses most; the first row is the header. A row with
 * more or fewer cells than the header is reported, not guessed at.
 */
final class CsvTable {

    private CsvTable() {
    }

    static void read(InputStream raw, String file, boolean tabs, TableSink sink) throws IOException {
        TableText.Opened opened = TableText.open(raw, file);
        if (!opened.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
            sink.encoding(opened.charset().name());
        }
        BufferedReader text = new BufferedReader(opened.reader(), 64 * 1024);
        text.mark(64 * 1024);
        String firstLine = readFirstLine(text);
        text.reset();
        char delimiter = tabs ? '\t' : delimiterOf(firstLine);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get();
        Iterator<CSVRecord> records = parser.iterator();
        long lineAfter = 0;
        List<String> header = null;
        while (true) {
            CSVRecord record;
            long startLine = lineAfter + 1;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new BadTableException(file + ":" + startLine + ": not valid " + (delimiter == '\t' ? "TSV" : "CSV") + ": "
                        + firstLineOf(parserMessage(e)), e);
            }
            lineAfter = parser.getCurrentLineNumber();
            opened.reader().rowDone(lineAfter + 1);
            if (header == null) {
                header = header(record, file);
                sink.header(header, file + ":" + startLine);
                continue;
            }
            String where = file + ":" + startLine;
            if (record.size() != header.size()) {
                sink.unreadable(where, "the row has " + record.size() + (record.size() == 1 ? " cell" : " cells") + ", the header "
                        + header.size() + (record.size() < header.size() ? " (cut short?)" : " (a delimiter inside an unquoted cell?)"));
                continue;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.putIfAbsent(header.get(i), record.get(i));
            }
            sink.row(new TableRow(where, cells, column -> where + ", column " + column));
        }
        if (header == null) {
            throw new BadTableException(file + ": no header row; the file holds no table");
        }
    }

    private static List<String> header(CSVRecord record, String file) {
        List<String> header = new ArrayList<>(record.size());
        for (String h : record) {
            header.add(h.strip());
        }
        return header;
    }

    private static String readFirstLine(BufferedReader text) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = text.read()) >= 0 && c != '\n' && line.length() < 60_000) {
            line.append((char) c);
        }
        return line.toString();
    }

    static char delimiterOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "malformed";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Commons CSV wraps its own exception in an UncheckedIOException whose message starts with that class's name. */
    private static String parserMessage(RuntimeException e) {
        return e instanceof UncheckedIOException && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    }

}
