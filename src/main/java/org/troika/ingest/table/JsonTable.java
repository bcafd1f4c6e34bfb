package org.troika.ingest.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON array of records ({"paragraph": "115.1", "states": ["FRA"], ...}) one record at a time with
 * Jackson's streaming parser, as Troika's own JSON export writes them. A field holding a list of strings
 * stays a list; a record's place is its line and column in the file.
 */
final class JsonTable {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(TrackedReader.MAX_ROW_CHARS).build())
            .build();

    private JsonTable() {
    }

    static void read(InputStream in, String file, TableSink sink) throws IOException {
        try (JsonParser json = FACTORY.createParser(in)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new BadTableException(file + ": expected a JSON array of records, found " + json.currentToken());
            }
            Set<String> header = new LinkedHashSet<>();
            boolean headed = false;
            int number = 0;
            JsonToken token;
            while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new BadTableException(file + ":" + json.currentLocation().getLineNr() + ": the file ends inside the array (cut short?)");
                }
                number++;
                JsonLocation at = json.currentTokenLocation();
                String where = file + ":" + at.getLineNr() + ":" + at.getColumnNr() + " (record " + number + ")";
                if (token != JsonToken.START_OBJECT) {
                    json.skipChildren();
                    sink.unreadable(where, "a " + token.asString() + " where a record {...} belongs");
                    continue;
                }
                Map<String, Object> cells = new LinkedHashMap<>();
                String problem = readObject(json, cells);
                if (!headed) {
                    header.addAll(cells.keySet());
                    sink.header(List.copyOf(header), where);
                    headed = true;
                }
                if (problem != null) {
                    sink.unreadable(where, problem);
                    continue;
                }
                sink.row(new TableRow(where, cells, field -> where + ", field \"" + field + "\""));
            }
            if (!headed) {
                sink.header(List.of(), file + ":1");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BadTableException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads the fields of one record; returns what is wrong with it, or null. */
    private static String readObject(JsonParser json, Map<String, Object> cells) throws IOException {
        String problem = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            switch (value) {
                case VALUE_NULL -> cells.put(name, "");
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> cells.put(name, json.getText());
                case START_ARRAY -> {
                    List<String> items = new ArrayList<>();
                    JsonToken item;
                    while ((item = json.nextToken()) != JsonToken.END_ARRAY) {
                        if (item.isScalarValue() && item != JsonToken.VALUE_NULL) {
                            items.add(json.getText());
                        } else {
                            json.skipChildren();
                            problem = problem != null ? problem : "field \"" + name + "\" holds a list of something other than text";
                        }
                    }
                    cells.put(name, items);
                }
                default -> {
                    json.skipChildren();
                    problem = problem != null ? problem : "field \"" + name + "\" holds an object, where text or a list of text belongs";
                }
            }
        }
        return problem;
    }
}
