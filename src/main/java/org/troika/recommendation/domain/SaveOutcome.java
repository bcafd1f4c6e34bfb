package org.troika.recommendation.domain;

import java.util.List;

/** What storing one recommendation did: new, corrected in place (naming what changed), or nothing. */
public sealed interface SaveOutcome {

    String paragraph();

    record Inserted(long id, String paragraph) implements SaveOutcome {
    }

    record Updated(long id, String paragraph, List<FieldChange> changes) implements SaveOutcome {

        public Updated {
            changes = List.copyOf(changes);
        }

        /** The changed fields' names, as {@link Recommendation#changesTo} spells them. */
        public List<String> changedFields() {
            return changes.stream().map(FieldChange::field).toList();
        }
    }

    record Unchanged(long id, String paragraph) implements SaveOutcome {
    }
}
