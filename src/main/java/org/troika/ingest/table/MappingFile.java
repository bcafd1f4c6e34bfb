package org.troika.ingest.table;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A mapping file tells the importer which column holds what, for tables of a shape Troika does not know.
 * Either Java properties ({@code text = Recommendation}, alternatives separated by "|") or YAML
 * ({@code columns: {text: Recommendation, recommending_states: [States, Recommending State]}}); an optional
 * {@code name} says what the shape is called. See docs/import.md.
 */
public final class MappingFile {

    private MappingFile() {
    }

    public static ColumnMapping read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("mapping file " + path + ": no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("mapping file " + path + ": cannot be read as UTF-8 text: " + e.getMessage(), e);
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> entries = name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(path, text) : properties(path, text);
        return mapping(path, entries);
    }

    private static Map<String, Object> yaml(Path path, String text) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("mapping file " + path + ": expected a YAML mapping such as 'columns: {text: Recommendation}'");
            }
            Map<String, Object> entries = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> {
                if ("columns".equals(k) && v instanceof Map<?, ?> columns) {
                    columns.forEach((ck, cv) -> entries.put(String.valueOf(ck), cv));
                } else {
                    entries.put(String.valueOf(k), v);
                }
            });
            return entries;
        } catch (YAMLException e) {
            throw new IllegalArgumentException("mapping file " + path + ": not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    private static Map<String, Object> properties(Path path, String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("mapping file " + path + ": not a properties file: " + e.getMessage(), e);
        }
        Map<String, Object> entries = new java.util.LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> entries.put(k, Arrays.asList(p.getProperty(k).split("\\|"))));
        if (p.getProperty("name") != null) {
            entries.put("name", p.getProperty("name"));
        }
        return entries;
    }

    private static ColumnMapping mapping(Path path, Map<String, Object> entries) {
        Map<Field, List<String>> columns = new EnumMap<>(Field.class);
        String name = "mapping " + path.getFileName();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            if (e.getKey().equals("name")) {
                name = String.valueOf(e.getValue() instanceof List<?> l && !l.isEmpty() ? l.get(0) : e.getValue());
                continue;
            }
            Field field = Field.parse(e.getKey()).orElseThrow(() -> new IllegalArgumentException("mapping file " + path
                    + ": unknown field '" + e.getKey() + "' (known: " + String.join(", ", Arrays.stream(Field.values()).map(Field::key).toList()) + ")"));
            List<String> headers = new ArrayList<>();
            if (e.getValue() instanceof List<?> list) {
                list.forEach(v -> headers.add(String.valueOf(v).strip()));
            } else if (e.getValue() != null) {
                headers.add(String.valueOf(e.getValue()).strip());
            }
            headers.removeIf(String::isEmpty);
            if (headers.isEmpty()) {
                throw new IllegalArgumentException("mapping file " + path + ": field '" + e.getKey() + "' names no column");
            }
            columns.put(field, headers);
        }
        if (!columns.containsKey(Field.TEXT)) {
            throw new IllegalArgumentException("mapping file " + path + ": no column for 'text', the recommendation's text");
        }
        if (!columns.containsKey(Field.PARAGRAPH) && !columns.containsKey(Field.ROW_ID)) {
            throw new IllegalArgumentException("mapping file " + path
                    + ": no column for 'paragraph' or 'row_id': every recommendation needs a key, so that importing again changes nothing");
        }
        List<String> signature = new ArrayList<>();
        signature.add(columns.get(Field.TEXT).get(0));
        signature.add(columns.getOrDefault(Field.PARAGRAPH, columns.get(Field.ROW_ID)).get(0));
        return new ColumnMapping(name, columns, signature);
    }
}
