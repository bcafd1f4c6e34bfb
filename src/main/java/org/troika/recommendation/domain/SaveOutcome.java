package org.troika.recommendation.domain;

import java.util.List;

/** What storing one recommendation did: new, corrected in place (naming what changed), or nothing. */
public sealed interface SaveOutcome {

    String paragraph();

    record Inserted(long id, String paragraph) implements SaveOutcome {
    }

    record Updated(long id, String paragraph, List<String> changedFields) implements SaveOutcome {
    }

    record Unchanged(long id, String paragraph) implements SaveOutcome {
    }
}
