package org.troika.ingest.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.troika.recommendation.domain.Response;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * Reads labels from the two independent sources in ../shared/data: the OHCHR thematic lists of
 * recommendations to Slovenia (paragraph, text, recommending States) and the UPR Info database export
 * (one row per recommendation and recommending State). State names are turned into ISO3 codes with the
 * same reference data the product uses; a label name that is no State (the thematic list parse took
 * "(No. 29)" for one) is left out and counted in {@link #notStates}.
 */
final class Labels {

    private static final Pattern SOURCE_OF_POSITION = Pattern.compile("\\s*Source of position:.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final StateRegistry registry;
    final List<String> notStates = new ArrayList<>();

    Labels(StateRegistry registry) {
        this.registry = registry;
    }

    /** Rows of slovenia_upr_thematic_lists.csv for one cycle. */
    List<Label> thematicList(Path csv, String cycle) throws IOException {
        List<Label> labels = new ArrayList<>();
        for (CSVRecord r : records(csv)) {
            if (!r.get("cycle").equals(cycle)) {
                continue;
            }
            Set<String> states = new LinkedHashSet<>();
            for (String name : r.get("recommending_states_parsed").split(";")) {
                addState(name, states);
            }
            String text = SOURCE_OF_POSITION.matcher(r.get("recommendation")).replaceFirst("");
            labels.add(new Label(r.get("paragraph"), text, states, Response.parse(r.get("position"))
                    .filter(x -> x != Response.PENDING)));
        }
        return labels;
    }

    /** Rows of a UPR Info export (kazakhstan_upr.csv, upr_recommendations.csv) for one review. */
    List<Label> uprInfo(Path csv, String stateUnderReview, String session) throws IOException {
        List<Label> labels = new ArrayList<>();
        for (CSVRecord r : records(csv)) {
            if (r.get("sur_iso3").equals(stateUnderReview) && r.get("session").equals(session)) {
                Set<String> states = new LinkedHashSet<>();
                addState(r.get("recommending_iso3").isBlank() ? r.get("recommending_state") : r.get("recommending_iso3"), states);
                labels.add(new Label(null, r.get("recommendation"), states, Response.parse(r.get("response"))));
            }
        }
        return labels;
    }

    private void addState(String name, Set<String> states) {
        String n = name.strip();
        if (n.isEmpty()) {
            return;
        }
        Optional<State> state = registry.resolve(n);
        if (state.isPresent()) {
            states.add(state.get().iso3());
        } else {
            notStates.add(n);
        }
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
