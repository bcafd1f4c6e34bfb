package org.troika.document.domain;

import java.util.List;
import java.util.Optional;

/** Where source documents and their statements are kept. A document is identified by the hash of its text. */
public interface SourceDocumentRepository {

    /** Stores the document with its statements, unless the same text is already stored; returns the stored id. */
    long save(SourceDocument document, List<Statement> statements);

    Optional<SourceDocument> find(long id);

    List<SourceDocument> forState(String stateIso3);

    List<SourceDocument> all();

    List<Statement> statements(long documentId);
}
