package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.troika.ingest.domain.Correction;
import org.troika.ingest.domain.Rejection;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Fingerprint;
import org.troika.recommendation.domain.Fingerprints;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.SaveOutcome;

/**
 * Stores the recommendations of one file in chunks, through the recommendation facade. Each chunk is compared with
 * what its reviews hold under its paragraphs, by (id, paragraph, hash) fingerprints, so that unchanged
 * recommendations are counted without being sent again; a correction's stored version is loaded once, merged with
 * the file's row and handed to the store, whose outcome names each field's old and new value. A paragraph given
 * twice in one file is rejected the second time.
 */
public final class RecommendationWriter {

    private static final int CHUNK = 2_000;

    private record Incoming(Recommendation recommendation, Merge merge) {
    }

    /** An incoming recommendation whose paragraph is stored with other content, under this id. */
    private record Changed(Incoming incoming, long storedId) {
    }

    private final RecommendationFacade recommendations;
    private final FileTally tally;
    private final List<Incoming> incoming = new ArrayList<>(CHUNK);
    private final Map<Long, Set<String>> seen = new HashMap<>();
    private final LongPredicate createdHere;

    /**
     * @param createdHere whether this import created a review: such a review holds only what the file stored in
     *                    it, a paragraph given twice is caught before, so its recommendations need no lookup (a first
     *                    import into an empty database makes none)
     */
    public RecommendationWriter(RecommendationFacade recommendations, FileTally tally, LongPredicate createdHere) {
        this.recommendations = recommendations;
        this.tally = tally;
        this.createdHere = createdHere;
    }

    public void add(Recommendation recommendation, String where) {
        add(recommendation, where, Merge.REPLACE);
    }

    /** A recommendation stored before is merged with the incoming one; only then is it compared. */
    public void add(Recommendation recommendation, String where, Merge merge) {
        if (!seen.computeIfAbsent(recommendation.review().id(), k -> new HashSet<>()).add(recommendation.paragraph())) {
            tally.reject(Rejection.at(where, "paragraph " + recommendation.paragraph() + " of review " + recommendation.review().key()
                    + " is given a second time in this file"));
            return;
        }
        incoming.add(new Incoming(recommendation, merge));
        if (incoming.size() >= CHUNK) {
            flush();
        }
    }

    public void flush() {
        if (incoming.isEmpty()) {
            return;
        }
        Fingerprints stored = stored();
        List<Recommendation> pending = new ArrayList<>(incoming.size());
        List<Changed> changed = new ArrayList<>();
        for (Incoming in : incoming) {
            Recommendation r = in.recommendation();
            Fingerprint held = stored.held(r);
            if (held == null) {
                pending.add(r);
            } else if (held.contentHash().equals(r.contentHash())) {
                tally.unchanged(1);
            } else {
                changed.add(new Changed(in, held.id()));
            }
        }
        Map<Long, Recommendation> corrected = new HashMap<>();
        Map<Long, Recommendation> storedVersions = new HashMap<>();
        recommendations.findAll(changed.stream().map(Changed::storedId).toList()).forEach(v -> storedVersions.put(v.id(), v));
        for (Changed c : changed) {
            Recommendation storedVersion = storedVersions.get(c.storedId());
            Recommendation merged = c.incoming().merge().onto(storedVersion, c.incoming().recommendation());
            if (storedVersion.contentHash().equals(merged.contentHash())) {
                tally.unchanged(1);
            } else {
                pending.add(merged);
                corrected.put(storedVersion.id(), storedVersion);
            }
        }
        incoming.clear();
        if (pending.isEmpty()) {
            return;
        }
        for (SaveOutcome outcome : recommendations.save(pending, corrected.values())) {
            switch (outcome) {
                case SaveOutcome.Inserted i -> tally.inserted(1);
                case SaveOutcome.Updated u -> {
                    tally.updated(1);
                    String review = corrected.get(u.id()).review().key();
                    tally.corrected(u.changes().stream().map(c -> Correction.of(review, u.paragraph(), c)).toList());
                }
                case SaveOutcome.Unchanged u -> tally.unchanged(1);
            }
        }
    }

    /** What is stored under the chunk's reviews and paragraphs, in one query; none for reviews this import created. */
    private Fingerprints stored() {
        List<Recommendation> held = incoming.stream().map(Incoming::recommendation).filter(r -> !createdHere.test(r.review().id())).toList();
        return recommendations.fingerprints(held);
    }
}
