package org.troika.document.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document other than a UPR Working Group report, kept whole: treaty-body concluding observations,
 * a special rapporteur's report, a High Commissioner's statement, a parliament's resolution, an NGO
 * report, a news article.
 *
 * @param id        database id, 0 when not yet stored
 * @param stateIso3 the State the document is about, if one
 * @param body      the full text, which statements point into by offset
 */
public record SourceDocument(long id, DocumentType type, String title, String author, Optional<LocalDate> publishedOn,
                             Optional<String> url, Optional<String> symbol, Optional<String> stateIso3, String body) {

    public static final int MAX_BODY = 1_000_000;

    public SourceDocument {
        Objects.requireNonNull(type, "type");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A source document needs a title");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("Source document '" + title + "' needs an author");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("Source document '" + title + "' has no text");
        }
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("Source document '" + title + "' is " + body.length()
                    + " characters, more than the " + MAX_BODY + " allowed");
        }
    }

    public SourceDocument withId(long newId) {
        return new SourceDocument(newId, type, title, author, publishedOn, url, symbol, stateIso3, body);
    }
}
