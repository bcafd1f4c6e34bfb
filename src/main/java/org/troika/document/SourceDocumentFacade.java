package org.troika.document;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.document.domain.SourceDocument;
import org.troika.document.domain.SourceDocumentRepository;
import org.troika.document.domain.Statement;

/** Source documents (everything but UPR reports) and the statements quoted from them. */
@Service
public class SourceDocumentFacade {

    private final SourceDocumentRepository repository;

    public SourceDocumentFacade(SourceDocumentRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public long save(SourceDocument document, List<Statement> statements) {
        for (Statement s : statements) {
            if (s.endOffset() > document.body().length() || !document.body().substring(s.startOffset(), s.endOffset()).equals(s.text())) {
                throw new IllegalArgumentException("Statement " + s.position() + " of '" + document.title()
                        + "' is not a verbatim quote of the document at " + s.startOffset() + ".." + s.endOffset());
            }
        }
        return repository.save(document, statements);
    }

    @Transactional(readOnly = true)
    public Optional<SourceDocument> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public List<SourceDocument> forState(String iso3) {
        return repository.forState(iso3);
    }

    @Transactional(readOnly = true)
    public List<SourceDocument> all() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public List<Statement> statements(long documentId) {
        return repository.statements(documentId);
    }
}
