package org.troika.ingest.read;

/**
 * One line-break convention for every reader: '\n'. A page break (form feed) ends a line too, but one that
 * stands next to a line break adds none, so line numbers stay those an editor shows.
 */
final class TextLines {

    private TextLines() {
    }

    static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') < 0 && s.indexOf('\f') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n')
                .replace("\n\f", "\n").replace("\f\n", "\n").replace('\f', '\n');
    }
}
