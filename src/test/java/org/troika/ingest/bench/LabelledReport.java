package org.troika.ingest.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A real Working Group report with labels from a source that is not Troika's extractor.
 *
 * @param labelSource "OHCHR thematic list" (labels carry paragraph numbers) or "UPR Info" (one row per
 *                    recommending State, no paragraph numbers)
 * @param addendum    the addendum with the State's responses, where one is at hand
 */
record LabelledReport(String symbol, String title, Path text, String labelSource, List<Label> labels, Optional<Path> addendum) {

    boolean numbered() {
        return labels.stream().allMatch(l -> l.paragraph() != null);
    }
}
