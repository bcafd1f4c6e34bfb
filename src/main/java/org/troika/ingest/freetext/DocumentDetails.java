package org.troika.ingest.freetext;

import java.time.LocalDate;
import java.util.Optional;
import org.troika.document.domain.DocumentType;

/**
 * What the person importing a free-text document says about it; anything left empty is read off the
 * text (title: its first line; date: the first full date near the top; State: the one it names most).
 */
public record DocumentDetails(DocumentType type, Optional<String> title, Optional<String> author,
                              Optional<LocalDate> publishedOn, Optional<String> url, Optional<String> stateIso3) {

    public static DocumentDetails of(DocumentType type) {
        return new DocumentDetails(type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
