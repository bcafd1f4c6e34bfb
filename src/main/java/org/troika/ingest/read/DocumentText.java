package org.troika.ingest.read;

import java.util.Objects;

/**
 * The text of a document and the format it was read as.
 *
 * @param text   the document's text, lines separated by '\n'
 * @param format what the file turned out to be: "pdf", "docx", "doc", "html", or "text (UTF-8)",
 *               "text (UTF-16LE)", "text (windows-1252)", "text (x-MacRoman)" for plain text in that encoding
 */
public record DocumentText(String text, String format) {

    public DocumentText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }
}
