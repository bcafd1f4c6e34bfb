package org.troika.state.web;

import java.util.List;
import org.troika.document.domain.SourceDocument;
import org.troika.document.domain.Statement;

/** A source document about the State with the passages quoted from it. */
public record DocumentView(SourceDocument document, List<Statement> statements) {
}
