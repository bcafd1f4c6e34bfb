package org.troika.ingest.extract;

/** Something in a document the extractor could not use, with where it is, e.g. an unknown State name. */
public record ExtractionProblem(int line, String paragraph, String message) {

    @Override
    public String toString() {
        return "line " + line + (paragraph == null ? "" : " (paragraph " + paragraph + ")") + ": " + message;
    }
}
