package org.troika.export;

/**
 * Keeps a CSV cell from being run as a formula when a spreadsheet program opens the file: a value that
 * starts with = + - @ (or a tab or carriage return, which some programs skip before looking) gets a
 * leading apostrophe, as OWASP advises for CSV injection. Text that imports come from is not trusted,
 * and the people who open exports are often not the people who wrote the data.
 */
public final class SpreadsheetSafeText {

    private SpreadsheetSafeText() {
    }

    public static String of(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** The value as written before {@link #of}: for reading Troika's own CSV exports back in. */
    public static String undo(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && of(cell.substring(1)).equals(cell)) {
            return cell.substring(1);
        }
        return cell;
    }
}
