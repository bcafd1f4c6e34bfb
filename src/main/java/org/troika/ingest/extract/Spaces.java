package org.troika.ingest.extract;

/** Whitespace handling for text that came from a page: every run of spaces, tabs, line breaks or no-break spaces is one space. */
final class Spaces {

    private Spaces() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || (c > 127 && Character.isWhitespace(c));
    }

    /** The text on one line, runs of whitespace as one space, none at either end. */
    static String collapse(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pending = sb.length() > 0;
            } else {
                if (pending) {
                    sb.append(' ');
                    pending = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
