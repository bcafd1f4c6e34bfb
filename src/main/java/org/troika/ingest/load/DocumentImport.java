package org.troika.ingest.load;

import java.util.Optional;
import org.troika.document.SourceDocumentFacade;
import org.troika.document.domain.DocumentType;
import org.troika.ingest.ImportOptions;
import org.troika.ingest.freetext.DocumentDetails;
import org.troika.ingest.freetext.FreeTextDocuments;
import org.troika.state.StateRegistry;

/**
 * Imports a statement, press release or NGO report as a source document with its statements, quoted
 * verbatim (the free-text reader splits them). The same text imported again is recognised and not stored twice.
 */
public final class DocumentImport {

    private final FreeTextDocuments reader;
    private final SourceDocumentFacade documents;

    public DocumentImport(StateRegistry registry, SourceDocumentFacade documents) {
        this.reader = new FreeTextDocuments(registry);
        this.documents = documents;
    }

    public void run(String file, String text, DocumentType type, ImportOptions.DocumentOptions given, Optional<String> state, FileTally tally) {
        DocumentDetails details = new DocumentDetails(type, given.title(), given.author(), given.date(), given.url(), state);
        FreeTextDocuments.Read read = reader.read(text, file, details);
        int before = documents.all().size();
        long id = documents.save(read.document(), read.statements());
        boolean stored = documents.all().size() > before;
        tally.kind("source document (" + type.label() + ")");
        tally.note((stored ? "stored" : "already stored:") + " source document " + id + " \"" + read.document().title() + "\" ("
                + read.document().author() + read.document().publishedOn().map(d -> ", " + d).orElse("") + ") with "
                + read.statements().size() + (read.statements().size() == 1 ? " statement" : " statements"));
    }
}
