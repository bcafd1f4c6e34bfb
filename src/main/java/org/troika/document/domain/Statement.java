package org.troika.document.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A passage of a source document, quoted verbatim: {@code text} equals
 * {@code body.substring(startOffset, endOffset)} of its document.
 *
 * @param position order within the document, from 1
 */
public record Statement(long id, long documentId, int position, int startOffset, int endOffset, String text,
                        Optional<LocalDate> statedOn, Optional<String> stateIso3) {

    public Statement {
        if (startOffset < 0 || endOffset <= startOffset) {
            throw new IllegalArgumentException("Statement offsets must satisfy 0 <= start < end: " + startOffset + ".." + endOffset);
        }
        if (text == null || text.length() != endOffset - startOffset) {
            throw new IllegalArgumentException("Statement text must be exactly the quoted span " + startOffset + ".." + endOffset);
        }
    }

    /** Quotes the span of the given document body. */
    public static Statement quote(String body, int position, int start, int end, Optional<LocalDate> statedOn, Optional<String> stateIso3) {
        return new Statement(0, 0, position, start, end, body.substring(start, end), statedOn, stateIso3);
    }
}
